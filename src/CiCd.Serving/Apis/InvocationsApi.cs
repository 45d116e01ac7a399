using CiCd.Serving.Input;
using CiCd.Serving.Output;
using CiCd.Serving.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CiCd.Serving.Apis;

/// <summary>MLflow's scoring endpoint, so MLflow clients switch without changes: JSON (four layouts) or CSV in, <c>{"predictions": …}</c> out.</summary>
public static class InvocationsApi
{
    /// <summary>Maps <c>POST /invocations</c>.</summary>
    public static RouteHandlerBuilder MapInvocationsApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/invocations", Invoke).WithName("invocations").WithPredictionPolicies();

    /// <summary>Scores the rows of an MLflow request, in order.</summary>
    public static async Task<Results<BatchAnswer, ProblemHttpResult>> Invoke([AsParameters] PredictionServices services, CancellationToken cancel)
    {
        var model = services.Slot.Current;
        if (model is null)
        {
            return NotReady.Problem(services.Context);
        }
        InvocationContentType.Check(services.Context.Request);
        var (format, body) = await services.ReadBodyAsync(allowCsv: true, cancel);
        var options = services.Options.Value;
        var invocation = InvocationReader.Read(format, body, model.Schema, options.MaxBatchRows, cancel);
        IgnoredColumns.Tell(services.Context.Response, invocation.Ignored);
        services.Metrics.BatchSize("invocations", invocation.Rows.Count);
        return new BatchAnswer(model, invocation.Rows, new JsonPredictionFormat(invocation.Output, withModel: false),
            services.Observer, "invocations", services.RequestId, options.StreamChunkRows);
    }
}
