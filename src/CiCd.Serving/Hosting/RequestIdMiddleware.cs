namespace CiCd.Serving.Hosting;

/// <summary>
/// Gives every response an <c>X-Request-Id</c>: the caller's own when it is a reasonable token, else the server's trace
/// identifier. It is the key the prediction log stores and <c>mlops labels import</c> joins outcomes on, so a client
/// that sent none still learns what to label its outcome with.
/// </summary>
public sealed class RequestIdMiddleware(RequestDelegate next)
{
    /// <summary>The header carrying the id, both ways.</summary>
    public const string Header = "X-Request-Id";

    private const int MaxLength = 128;
    private static readonly object ItemKey = new();

    /// <summary>The id chosen for <paramref name="context"/> (the same one the response carries).</summary>
    public static string Of(HttpContext context) => context.Items.TryGetValue(ItemKey, out var id) && id is string text ? text : Choose(context);

    /// <summary>Chooses the id, keeps it for the handlers and sets the response header before anything is written.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var id = Choose(context);
        context.Items[ItemKey] = id;
        context.Response.Headers[Header] = id;
        return next(context);
    }

    // Printable ASCII without spaces only: the id is echoed in a header and written to logs and CSV files.
    private static string Choose(HttpContext context) =>
        context.Request.Headers[Header].ToString() is { Length: > 0 and <= MaxLength } id && id.All(c => c is > ' ' and <= '~')
            ? id
            : context.TraceIdentifier;
}
