using System.Text.Json.Nodes;
using CiCd.Configuration;
using CiCd.Serving.Model;
using CiCd.Train;

namespace CiCd.Serving.OpenApi;

/// <summary>
/// The OpenAPI 3.1 document of the service, built from the card of the model serving now, so the request schema
/// names every field with its type and allowed categories and follows the model through reloads.
/// </summary>
public static class OpenApiDocument
{
    private const string RecordRef = "#/components/schemas/Record";

    /// <summary>The document for <paramref name="model"/>.</summary>
    public static JsonObject Build(ServedModel model, bool rejectsUnseenCategories, string? apiKeyHeader)
    {
        var document = new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = $"CiCd prediction service: {model.Identity.Name}",
                ["version"] = model.Identity.Version,
                ["description"] = model.Card.IntendedUse,
            },
            ["paths"] = new JsonObject
            {
                ["/v1/predict"] = Post("Score one record", Json(Ref(RecordRef)), "Prediction"),
                ["/v1/predict/batch"] = Post("Score records in order (JSON array or CSV with a header row; answer by Accept)",
                    Json(new JsonObject { ["type"] = "array", ["items"] = Ref(RecordRef) }, csv: true), "BatchPredictions"),
                ["/invocations"] = Post("MLflow scoring protocol", Json(Ref("#/components/schemas/Invocation"), csv: true), "Invocations"),
                ["/v1/model"] = Get("The serving model, its input schema and metrics"),
                ["/health/live"] = Get("Liveness"),
                ["/health/ready"] = Get("Readiness: a model is loaded and warmed"),
            },
            ["components"] = new JsonObject
            {
                ["schemas"] = new JsonObject
                {
                    ["Record"] = Record(model.Card, rejectsUnseenCategories),
                    ["Invocation"] = Invocation(),
                    ["Prediction"] = Prediction(model.Card),
                    ["BatchPredictions"] = new JsonObject { ["type"] = "object" },
                    ["Invocations"] = new JsonObject { ["type"] = "object", ["required"] = new JsonArray("predictions") },
                },
            },
        };
        if (apiKeyHeader is not null)
        {
            document["components"]!["securitySchemes"] = new JsonObject
            {
                ["apiKey"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = apiKeyHeader },
            };
            document["security"] = new JsonArray(new JsonObject { ["apiKey"] = new JsonArray() });
        }
        return document;
    }

    private static JsonObject Record(ModelCard card, bool rejectsUnseenCategories)
    {
        var properties = new JsonObject();
        foreach (var feature in card.Features)
        {
            properties[feature.Name] = Field(feature, rejectsUnseenCategories);
        }
        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = "One input row; null stands for a missing value.",
            ["properties"] = properties,
            ["required"] = new JsonArray([.. card.Features.Select(f => (JsonNode)f.Name)]),
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject Field(CardFeature feature, bool rejectsUnseenCategories)
    {
        if (feature.Kind == ColumnKind.Numeric)
        {
            return new JsonObject { ["type"] = new JsonArray("number", "null"), ["description"] = "numeric; finite" };
        }
        var field = new JsonObject { ["type"] = new JsonArray("string", "null"), ["description"] = feature.Kind.ToString().ToLowerInvariant() };
        if (rejectsUnseenCategories && feature.Categories.Count > 0)
        {
            field["enum"] = new JsonArray([.. feature.Categories.Select(c => (JsonNode)c), null]);
        }
        return field;
    }

    private static JsonObject Invocation()
    {
        var records = new JsonObject { ["type"] = "array", ["items"] = Ref(RecordRef) };
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
                        ["columns"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
                        ["data"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "array" } },
                    },
                    ["required"] = new JsonArray("columns", "data"),
                },
                ["dataframe_records"] = records.DeepClone(),
                ["instances"] = records.DeepClone(),
                ["inputs"] = new JsonObject { ["oneOf"] = new JsonArray(records.DeepClone(), new JsonObject { ["type"] = "object" }) },
                ["params"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["output"] = new JsonObject { ["enum"] = new JsonArray("label", "probabilities", "full") } },
                },
            },
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject Prediction(ModelCard card) => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["label"] = new JsonObject { ["enum"] = new JsonArray([.. card.Classes.Select(c => (JsonNode)c)]) },
            ["score"] = new JsonObject { ["type"] = "number" },
            ["probabilities"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "number" } },
            ["model"] = new JsonObject { ["type"] = "object" },
        },
    };

    private static JsonObject Post(string summary, JsonObject content, string answer) => new()
    {
        ["post"] = new JsonObject
        {
            ["summary"] = summary,
            ["requestBody"] = new JsonObject { ["required"] = true, ["content"] = content },
            ["responses"] = new JsonObject
            {
                ["200"] = new JsonObject
                {
                    ["description"] = "Predictions in input order",
                    ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = Ref($"#/components/schemas/{answer}") } },
                },
                ["400"] = Problem("Invalid input: the problem names the field and the 0-based row"),
                ["413"] = Problem("Body or batch over the limit"),
                ["415"] = Problem("Unsupported media type or charset"),
                ["429"] = Problem("Rate limited; see Retry-After"),
                ["503"] = Problem("No model loaded yet"),
            },
        },
    };

    private static JsonObject Get(string summary) => new()
    {
        ["get"] = new JsonObject
        {
            ["summary"] = summary,
            ["responses"] = new JsonObject { ["200"] = new JsonObject { ["description"] = "OK" } },
        },
    };

    private static JsonObject Json(JsonObject schema, bool csv = false)
    {
        var content = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schema } };
        if (csv)
        {
            content["text/csv"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string", ["description"] = "CSV with a header row naming the fields" } };
        }
        return content;
    }

    private static JsonObject Problem(string description) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "object" } } },
    };

    private static JsonObject Ref(string target) => new() { ["$ref"] = target };
}
