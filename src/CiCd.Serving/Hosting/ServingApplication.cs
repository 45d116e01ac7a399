using CiCd.Serving.Apis;
using CiCd.Serving.Dashboard;
using Prometheus;

namespace CiCd.Serving.Hosting;

/// <summary>Composes the service: the same host for <c>dotnet run</c>, <c>mlops serve</c> and the integration tests.</summary>
public static class ServingApplication
{
    /// <summary>
    /// Builds the application from command-line <paramref name="args"/> and extra <paramref name="settings"/> (configuration
    /// keys); a setting whose value is null is left out, so it never hides the same key given by the environment.
    /// </summary>
    public static WebApplication Build(string[] args, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        // A null value would still win over earlier sources: an `mlops serve` without --api-key would then drop the
        // Serving__ApiKey the container was given, and serve without a key.
        builder.Configuration.AddInMemoryCollection((settings ?? []).Where(setting => setting.Value is not null));
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            // Last in precedence: the command line and ASPNETCORE_URLS both set this key.
            builder.Configuration[WebHostDefaults.ServerUrlsKey] = ServingOptions.DefaultUrls;
        }
        // The management address listens besides the scoring one; ManagementPortMiddleware keeps each to its routes.
        var management = ManagementAddress.Parse(builder.Configuration["Serving:ManagementUrls"]);
        if (management.Configured)
        {
            builder.Configuration[WebHostDefaults.ServerUrlsKey] += ";" + builder.Configuration["Serving:ManagementUrls"];
        }
        builder.Services.AddSingleton(management);
        // Per-request framework logs at Information cost more than scoring does; configuration can still lower this.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.AddServingServices();
        var app = builder.Build();
        var metrics = app.Services.GetRequiredService<Telemetry.ServingMetrics>();
        app.UseMiddleware<RequestIdMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseMiddleware<ManagementPortMiddleware>();
        app.UseHttpMetrics(http =>
        {
            http.RequestCount.Counter = metrics.HttpRequests;
            http.RequestDuration.Histogram = metrics.HttpDuration;
            http.InProgress.Gauge = metrics.HttpInProgress;
        });
        app.UseMiddleware<Telemetry.StatusBeforeMetricsMiddleware>();
        app.UseMiddleware<Telemetry.RequestStatsMiddleware>();
        app.UseRateLimiter();
        app.UseRequestTimeouts();
        app.MapPredictApi();
        app.MapInvocationsApi();
        app.MapModelApi();
        app.MapHealthApi();
        app.MapAdminApi();
        app.MapOpenApiApi();
        app.MapDashboardApi();
        // prometheus-net maps its exporter for every method; the document declares GET, and every other route answers 405.
        app.MapMetrics("/metrics", metrics.Registry).WithMetadata(ManagementEndpoint.Instance, new HttpMethodMetadata([HttpMethods.Get]));
        return app;
    }
}
