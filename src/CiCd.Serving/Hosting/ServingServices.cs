using System.Globalization;
using System.Threading.RateLimiting;
using CiCd.Formats;
using CiCd.Serving.Dashboard;
using CiCd.Serving.Model;
using CiCd.Serving.PredictionLog;
using CiCd.Serving.Security;
using CiCd.Serving.Telemetry;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CiCd.Serving.Hosting;

/// <summary>Registers the service's parts: options, model source and holder, scoring, prediction log, metrics, limits.</summary>
public static class ServingServices
{
    /// <summary>Adds everything the endpoints need to <paramref name="builder"/>.</summary>
    public static WebApplicationBuilder AddServingServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ServingOptions>().BindConfiguration("Serving").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PredictionLogOptions>().BindConfiguration("PredictionLog").ValidateDataAnnotations().ValidateOnStart();
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonReport.Options.PropertyNamingPolicy;
            json.SerializerOptions.NumberHandling = JsonReport.Options.NumberHandling;
            foreach (var converter in JsonReport.Options.Converters)
            {
                json.SerializerOptions.Converters.Add(converter);
            }
        });
        services.AddProblemDetails();
        services.AddExceptionHandler<InputProblemHandler>();
        // Also called directly inside the HTTP metrics, so a client mistake is counted under its 4xx (StatusBeforeMetricsMiddleware).
        services.AddSingleton<InputProblemHandler>();
        services.AddSingleton<ServingMetrics>();
        services.AddSingleton<RequestStats>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DriftReportDatabase>();
        services.AddSingleton<DriftReportFolder>();
        services.AddSingleton<DriftSection>();
        services.AddSingleton(provider => ModelSources.Create(provider.GetRequiredService<IOptions<ServingOptions>>().Value));
        services.AddSingleton<ModelLoader>();
        services.AddSingleton<ModelSlot>();
        services.AddSingleton<ModelReloader>();
        services.AddHostedService<ModelWatcher>();
        services.AddSingleton<PredictionLogBuffer>();
        services.AddSingleton<PredictionObserver>();
        services.AddHostedService<PredictionLogWriter>();
        services.AddSingleton<RateLimitBucket>();
        services.AddRateLimiter(ConfigureRateLimiting);
        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<ServingOptions>>((timeouts, serving) =>
            timeouts.AddPolicy(PredictionPolicies.Name, new RequestTimeoutPolicy
            {
                Timeout = TimeSpan.FromSeconds(serving.Value.RequestTimeoutSeconds),
                TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
            }));
        return builder;
    }

    // One token bucket per API key or client address (RateLimitBucket); refills every second so Retry-After can honestly say 1.
    private static void ConfigureRateLimiting(RateLimiterOptions limiter)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.AddPolicy(PredictionPolicies.Name, context =>
        {
            var perSecond = context.RequestServices.GetRequiredService<IOptions<ServingOptions>>().Value.RequestsPerSecond;
            if (perSecond == 0)
            {
                return RateLimitPartition.GetNoLimiter("off");
            }
            return RateLimitPartition.GetTokenBucketLimiter(context.RequestServices.GetRequiredService<RateLimitBucket>().Of(context), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = perSecond,
                TokensPerPeriod = perSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
        limiter.OnRejected = async (rejected, cancel) =>
        {
            var retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 1;
            var http = rejected.HttpContext;
            http.Response.Headers.RetryAfter = retry.ToString(CultureInfo.InvariantCulture);
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = $"retry after {retry} s" },
            });
        };
    }
}
