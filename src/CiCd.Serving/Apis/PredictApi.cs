using CiCd.Serving.Input;
using CiCd.Serving.Model;
using CiCd.Serving.Output;
using CiCd.Serving.Scoring;
using CiCd.Serving.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CiCd.Serving.Apis;

/// <summary><c>/v1/predict</c> (one JSON record) and <c>/v1/predict/batch</c> (JSON records or CSV, answered as JSON or CSV).</summary>
public static class PredictApi
{
    /// <summary>Maps the prediction routes.</summary>
    public static RouteGroupBuilder MapPredictApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1").WithPredictionPolicies();
        api.MapPost("/predict", PredictOne).WithName("predict");
        api.MapPost("/predict/batch", PredictBatch).WithName("predict_batch");
        return api;
    }

    /// <summary>Scores one record given as a JSON object: a class with probabilities, or a regression model's number.</summary>
    public static async Task<Results<Ok<PredictionResponse>, Ok<RegressionResponse>, ProblemHttpResult>> PredictOne([AsParameters] PredictionServices services, CancellationToken cancel)
    {
        var model = services.Slot.Current;
        if (model is null)
        {
            return NotReady.Problem(services.Context);
        }
        var (_, body) = await services.ReadBodyAsync(allowCsv: false, cancel);
        FeatureRow row;
        var ignored = new SortedSet<string>(StringComparer.Ordinal);
        using (var json = JsonBody.Parse(body, JsonValueBudget.For(model.Schema, 1)))
        {
            row = model.Schema.FromObject(json.RootElement, null, ignored);
        }
        IgnoredColumns.Tell(services.Context.Response, ignored);
        var admission = await services.Observer.AdmitAsync(cancel);
        var prediction = model.Predict(row);
        services.Observer.Observe(admission, model, "predict", services.RequestId, [row], 0, [prediction]);
        if (prediction.IsValue)
        {
            return TypedResults.Ok(new RegressionResponse(prediction.Score, AnsweringModel.Of(model)));
        }
        var classes = model.Card.Classes;
        var probabilities = new Dictionary<string, double>(classes.Count, StringComparer.Ordinal);
        for (var c = 0; c < classes.Count; c++)
        {
            probabilities[classes[c]] = prediction.Probabilities[c];
        }
        return TypedResults.Ok(new PredictionResponse(classes[prediction.ClassIndex], prediction.Score, probabilities, AnsweringModel.Of(model)));
    }

    /// <summary>Scores a batch: a JSON array of records or CSV with a header row; answers in the Accept-ed format, rows in order.</summary>
    public static async Task<Results<BatchAnswer, ProblemHttpResult>> PredictBatch([AsParameters] PredictionServices services, CancellationToken cancel)
    {
        var model = services.Slot.Current;
        if (model is null)
        {
            return NotReady.Problem(services.Context);
        }
        var answerCsv = AnswerFormat.Negotiate(services.Context.Request) == BodyFormat.Csv;
        var (format, body) = await services.ReadBodyAsync(allowCsv: true, cancel);
        var options = services.Options.Value;
        var ignored = new SortedSet<string>(StringComparer.Ordinal);
        var rows = BatchReader.Read(format, body, model.Schema, options.MaxBatchRows, ignored, cancel);
        IgnoredColumns.Tell(services.Context.Response, ignored);
        IPredictionFormat output = answerCsv ? new CsvPredictionFormat() : new JsonPredictionFormat(InvocationOutput.Full, withModel: true);
        services.Metrics.BatchSize("batch", rows.Count);
        return new BatchAnswer(model, rows, output, services.Observer, "batch", services.RequestId, options.StreamChunkRows);
    }
}
