using CiCd.Serving.Hosting;
using Microsoft.Extensions.Options;

namespace CiCd.Serving.Security;

/// <summary>When an API key is configured, refuses requests without it (401); otherwise lets everything through.</summary>
public sealed class ApiKeyFilter(IOptions<ServingOptions> options) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var settings = options.Value;
        return string.IsNullOrEmpty(settings.ApiKey)
            ? await next(context)
            : KeyCheck.Refusal(context.HttpContext, settings.ApiKey, settings.ApiKeyHeader, "API") ?? await next(context);
    }
}
