using System.Text.Json.Nodes;

namespace CiCd.Serving.OpenApi;

/// <summary>
/// The answers of a regression model, which has no classes: every prediction is the number <c>prediction</c> (in the
/// target's own scale), the batch answer a list of those, and MLflow's <c>/invocations</c> a list of bare numbers.
/// The operations keep their schema names, so only the component schemas differ from a classifier's document.
/// </summary>
internal static class OpenApiRegressionSchemas
{
    /// <summary>The CSV answer of the batch route.</summary>
    public const string CsvAnswer = "prediction (the header), then one number per row";

    /// <summary><paramref name="schemas"/> with the classifier's answer schemas replaced by the regression ones.</summary>
    public static JsonObject Answers(JsonObject schemas)
    {
        schemas.Remove("Probabilities");
        schemas.Remove("Scored");
        var prediction = OpenApiSchemas.Number();
        prediction["description"] = "The predicted value, in the target's own scale (a target transform such as log1p already inverted).";
        schemas["Prediction"] = OpenApiSchemas.Closed(new JsonObject { ["prediction"] = prediction.DeepClone(), ["model"] = OpenApiSchemas.Ref("AnsweringModel") });
        schemas["BatchPredictions"] = OpenApiSchemas.Closed(new JsonObject
        {
            ["model"] = OpenApiSchemas.Ref("AnsweringModel"),
            ["predictions"] = new JsonObject { ["type"] = "array", ["items"] = OpenApiSchemas.Ref("Predicted") },
        });
        schemas["Invocations"] = OpenApiSchemas.Closed(new JsonObject
        {
            ["predictions"] = new JsonObject
            {
                ["type"] = "array",
                ["description"] = "One predicted value per input row, in order (params.output does not apply to a regression model).",
                ["items"] = OpenApiSchemas.Number(),
            },
        });
        schemas["Predicted"] = OpenApiSchemas.Closed(new JsonObject { ["prediction"] = prediction });
        return schemas;
    }
}
