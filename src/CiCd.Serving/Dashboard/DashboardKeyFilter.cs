using System.Text;
using CiCd.Serving.Hosting;
using CiCd.Serving.Security;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CiCd.Serving.Dashboard;

/// <summary>
/// Guards the dashboard with the API key, when one is configured. A browser cannot add an X-Api-Key header to a page
/// load, but it can answer HTTP Basic authentication with its built-in login prompt and then resend the credentials
/// with every request of the page, its refreshes included. So the dashboard takes the key as the Basic password (any
/// user name) as well as in the API key header. A key in the query string was rejected: it would end up in browser
/// history and proxy logs. Without a configured key the dashboard is open, like /metrics: it shows aggregates only.
/// </summary>
public sealed class DashboardKeyFilter(IOptions<ServingOptions> options) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var settings = options.Value;
        var request = context.HttpContext.Request;
        if (string.IsNullOrEmpty(settings.ApiKey)
            || KeyCheck.Matches(settings.ApiKey, request.Headers[settings.ApiKeyHeader].ToString())
            || KeyCheck.Matches(settings.ApiKey, BasicPassword(request)))
        {
            return await next(context);
        }
        context.HttpContext.Response.Headers.WWWAuthenticate = "Basic realm=\"mlops dashboard\", charset=\"UTF-8\"";
        return TypedResults.Problem($"sign in with the API key as the password (any user name), or send it in the {settings.ApiKeyHeader} header",
            statusCode: StatusCodes.Status401Unauthorized, title: "Missing or wrong API key");
    }

    // "Basic base64(user:password)"; anything else yields no password.
    private static string BasicPassword(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        const string Scheme = "Basic ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return "";
        }
        var encoded = header[Scheme.Length..].Trim();
        var bytes = new byte[encoded.Length];
        if (!Convert.TryFromBase64String(encoded, bytes, out var length))
        {
            return "";
        }
        var pair = Encoding.UTF8.GetString(bytes, 0, length);
        var colon = pair.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? "" : pair[(colon + 1)..];
    }
}
