using System.Text.Json.Nodes;
using CiCd.Configuration;
using CiCd.Serving.Input;
using CiCd.Train;

namespace CiCd.Serving.OpenApi;

/// <summary>The component schemas: the request record built from the model card, and the shape of every answer.</summary>
internal static class OpenApiSchemas
{
    /// <summary>A reference to the component schema <paramref name="name"/>.</summary>
    public static JsonObject Ref(string name) => new() { ["$ref"] = $"#/components/schemas/{name}" };

    /// <summary>A media type object holding <paramref name="schema"/>.</summary>
    public static JsonObject Media(JsonNode schema) => new() { ["schema"] = schema };

    /// <summary>Every component schema for a service serving <paramref name="card"/>.</summary>
    public static JsonObject All(ModelCard card, bool rejectsUnseenCategories)
    {
        var schemas = Classification(card, rejectsUnseenCategories);
        return card.Task == TaskKind.Regression ? OpenApiRegressionSchemas.Answers(schemas) : schemas;
    }

    private static JsonObject Classification(ModelCard card, bool rejectsUnseenCategories) => new()
    {
        ["Record"] = Record(card, rejectsUnseenCategories),
        ["Records"] = new JsonObject { ["type"] = "array", ["items"] = Ref("Record") },
        ["Invocation"] = Invocation(),
        ["Probabilities"] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "The probability of each class.",
            ["properties"] = new JsonObject([.. card.Classes.Select(c => KeyValuePair.Create(c, (JsonNode?)Number()))]),
            ["required"] = Names(card.Classes),
            ["additionalProperties"] = false,
        },
        ["ModelIdentity"] = Closed(new JsonObject { ["name"] = Text(), ["version"] = Text() }),
        ["AnsweringModel"] = Closed(new JsonObject { ["name"] = Text(), ["version"] = Text(), ["decision_threshold"] = Threshold() }),
        ["Scored"] = Closed(new JsonObject { ["label"] = Label(card), ["score"] = Number(), ["probabilities"] = Ref("Probabilities") }),
        ["Prediction"] = Closed(new JsonObject
        {
            ["label"] = Label(card),
            ["score"] = Number(),
            ["probabilities"] = Ref("Probabilities"),
            ["model"] = Ref("AnsweringModel"),
        }),
        ["BatchPredictions"] = Closed(new JsonObject
        {
            ["model"] = Ref("AnsweringModel"),
            ["predictions"] = new JsonObject { ["type"] = "array", ["items"] = Ref("Scored") },
        }),
        ["Invocations"] = Closed(new JsonObject
        {
            ["predictions"] = new JsonObject
            {
                ["type"] = "array",
                ["description"] = "One element per input row, in order: the label (params.output label, the default), the probabilities, or both with the score (full).",
                ["items"] = new JsonObject { ["oneOf"] = new JsonArray(Label(card), Ref("Probabilities"), Ref("Scored")) },
            },
        }),
        ["HealthStatus"] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["status"] = new JsonObject { ["enum"] = new JsonArray("live", "ready") },
                ["model"] = new JsonObject { ["oneOf"] = new JsonArray(Ref("ModelIdentity"), new JsonObject { ["type"] = "null" }) },
            },
            ["required"] = new JsonArray("status", "model"),
            ["additionalProperties"] = false,
        },
        ["ModelDescription"] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "The model serving now: identity, source, input schema, classes, test metrics and the whole model card.",
            ["properties"] = new JsonObject
            {
                ["model"] = Ref("ModelIdentity"),
                ["source"] = Text(),
                ["loaded_utc"] = new JsonObject { ["type"] = "string", ["format"] = "date-time" },
                ["sha256"] = Text(),
                ["inputs"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "object" } },
                ["classes"] = new JsonObject { ["type"] = "array", ["items"] = Text() },
                ["metrics"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = Number() },
                ["decision_threshold"] = Threshold(),
                ["card"] = new JsonObject { ["type"] = "object" },
                ["registry"] = new JsonObject { ["type"] = new JsonArray("object", "null") },
            },
            ["required"] = new JsonArray("model", "source", "loaded_utc", "sha256", "inputs", "classes", "metrics", "decision_threshold", "card"),
        },
        ["ReloadOutcome"] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["loaded"] = new JsonObject { ["type"] = "boolean" },
                ["serving"] = new JsonObject { ["oneOf"] = new JsonArray(Ref("ModelIdentity"), new JsonObject { ["type"] = "null" }) },
                ["reason"] = new JsonObject { ["type"] = new JsonArray("string", "null") },
                ["message"] = new JsonObject { ["type"] = new JsonArray("string", "null") },
            },
            ["required"] = new JsonArray("loaded", "serving"),
        },
        ["Problem"] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "RFC 9457 problem details; input problems add the field and the 0-based row.",
            ["properties"] = new JsonObject
            {
                ["type"] = Text(),
                ["title"] = Text(),
                ["status"] = new JsonObject { ["type"] = "integer" },
                ["detail"] = Text(),
                ["instance"] = Text(),
            },
            ["required"] = new JsonArray("title", "status"),
        },
    };

    private static JsonObject Record(ModelCard card, bool rejectsUnseenCategories) => new()
    {
        ["type"] = "object",
        ["description"] = $"One input row; {FeatureSchema.MissingRule}.",
        ["properties"] = new JsonObject([.. card.Features.Select(f => KeyValuePair.Create(f.Name, (JsonNode?)Field(f, rejectsUnseenCategories)))]),
        ["required"] = Names(card.Features.Select(f => f.Name)),
        ["additionalProperties"] = false,
    };

    private static JsonObject Field(CardFeature feature, bool rejectsUnseenCategories)
    {
        if (feature.Kind == ColumnKind.Numeric)
        {
            return new JsonObject { ["type"] = new JsonArray("number", "null"), ["description"] = "numeric; finite; the strings \"\" and \"?\" are read as missing too" };
        }
        var field = new JsonObject { ["type"] = new JsonArray("string", "null"), ["description"] = feature.Kind.ToString().ToLowerInvariant() };
        if (rejectsUnseenCategories && feature.Categories.Count > 0)
        {
            field["enum"] = new JsonArray([.. feature.Categories.Concat(FeatureSchema.MissingSpellings).Distinct(StringComparer.Ordinal).Select(c => (JsonNode)c), null]);
        }
        return field;
    }

    private static JsonObject Invocation()
    {
        // Rows as named records, or as arrays of values in the card's field order (MLflow's tensor-style input).
        var rows = new JsonObject
        {
            ["oneOf"] = new JsonArray(Ref("Records"), new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "array" } }),
        };
        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = "Exactly one of dataframe_split, dataframe_records, instances, inputs; params.output is label (default), probabilities or full.",
            ["properties"] = new JsonObject
            {
                ["dataframe_split"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        ["columns"] = new JsonObject { ["type"] = "array", ["items"] = Text() },
                        ["data"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "array" } },
                        ["index"] = new JsonObject { ["type"] = "array", ["description"] = "ignored" },
                    },
                    ["required"] = new JsonArray("columns", "data"),
                },
                ["dataframe_records"] = Ref("Records"),
                ["instances"] = rows.DeepClone(),
                ["inputs"] = new JsonObject
                {
                    ["oneOf"] = new JsonArray(rows.DeepClone(),
                        new JsonObject { ["type"] = "object", ["description"] = "one array of values per field", ["additionalProperties"] = new JsonObject { ["type"] = "array" } }),
                },
                ["params"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["output"] = new JsonObject { ["enum"] = new JsonArray("label", "probabilities", "full") } },
                },
            },
            ["minProperties"] = 1,
        };
    }

    /// <summary>An object with exactly <paramref name="properties"/>, all required.</summary>
    public static JsonObject Closed(JsonObject properties) => new()
    {
        ["type"] = "object",
        ["properties"] = properties,
        ["required"] = Names(properties.Select(p => p.Key)),
        ["additionalProperties"] = false,
    };

    private static JsonObject Label(ModelCard card) => new() { ["enum"] = Names(card.Classes) };

    private static JsonArray Names(IEnumerable<string> names) => [.. names.Select(n => (JsonNode)n)];

    /// <summary>Any JSON number.</summary>
    public static JsonObject Number() => new() { ["type"] = "number" };

    private static JsonObject Threshold() => new()
    {
        ["type"] = new JsonArray("number", "null"),
        ["description"] = "Binary models: the label is the positive class when its probability (the score) is at least this; null for multiclass, which takes the most probable class.",
    };

    private static JsonObject Text() => new() { ["type"] = "string" };
}
