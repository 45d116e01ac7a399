namespace CiCd.Serving.Hosting;

/// <summary>
/// With a management address configured, answers 404 for a management route reached through the scoring address and for
/// any other route reached through the management address. Told apart by the local port the connection came in on, never
/// by the Host header, which a client chooses.
/// </summary>
public sealed class ManagementPortMiddleware(RequestDelegate next, ManagementAddress management)
{
    /// <inheritdoc cref="RequestDelegate"/>
    public Task InvokeAsync(HttpContext context)
    {
        if (!management.Configured)
        {
            return next(context);
        }
        var isManagementRoute = context.GetEndpoint()?.Metadata.GetMetadata<ManagementEndpoint>() is not null;
        if (isManagementRoute == management.Accepts(context.Connection.LocalPort))
        {
            return next(context);
        }
        context.SetEndpoint(null);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
