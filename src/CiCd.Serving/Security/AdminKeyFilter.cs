using CiCd.Serving.Hosting;
using Microsoft.Extensions.Options;

namespace CiCd.Serving.Security;

/// <summary>Guards admin routes: off (403) unless an admin key is configured, and 401 without that key.</summary>
public sealed class AdminKeyFilter(IOptions<ServingOptions> options) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.AdminKey))
        {
            return TypedResults.Problem("admin endpoints are off; start the service with an admin key to enable them",
                statusCode: StatusCodes.Status403Forbidden, title: "Admin disabled");
        }
        return KeyCheck.Refusal(context.HttpContext, settings.AdminKey, settings.ApiKeyHeader, "admin") ?? await next(context);
    }
}
