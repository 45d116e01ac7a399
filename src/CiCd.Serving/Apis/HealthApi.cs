using CiCd.Serving.Hosting;
using CiCd.Serving.Model;
using CiCd.Train;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CiCd.Serving.Apis;

/// <summary>Kubernetes probes (<c>/health/live</c>, <c>/health/ready</c>) and MLflow's (<c>/ping</c>, <c>/health</c>, <c>/version</c>).</summary>
public static class HealthApi
{
    /// <summary>Maps the probe routes; none needs a key, so orchestrators can call them.</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", Live).WithName("live").WithMetadata(ManagementEndpoint.Instance);
        app.MapGet("/health/ready", Ready).WithName("ready").WithMetadata(ManagementEndpoint.Instance);
        app.MapGet("/ping", Ready).WithName("ping");
        app.MapGet("/health", Ready).WithName("health");
        app.MapGet("/version", Version).WithName("version");
        return app;
    }

    /// <summary>The process answers: alive, whatever the model's state.</summary>
    public static Ok<HealthStatus> Live(ModelSlot slot) => TypedResults.Ok(new HealthStatus("live", slot.Current?.Identity));

    /// <summary>200 once a model is loaded and warmed, 503 before.</summary>
    public static Results<Ok<HealthStatus>, ProblemHttpResult> Ready(ModelSlot slot, HttpContext context) =>
        slot.Current is { } model
            ? TypedResults.Ok(new HealthStatus("ready", model.Identity))
            : NotReady.Problem(context);

    /// <summary>The tool version, as MLflow's <c>/version</c> answers with its own.</summary>
    public static ContentHttpResult Version() => TypedResults.Text(ToolVersions.Tool + "\n");
}
