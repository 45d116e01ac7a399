using System.Text.Json.Nodes;
using CiCd.Configuration;
using CiCd.Serving.Apis;
using CiCd.Serving.Model;

namespace CiCd.Serving.OpenApi;

/// <summary>
/// The OpenAPI 3.1 document of the service: every route it maps, every answer each can give, and which key each needs.
/// Built from the card of the model serving now, so the request schema names every field with its type and allowed
/// categories and follows the model through reloads. Integration tests check each response they get against it.
/// </summary>
public static class OpenApiDocument
{
    private const string Scoring = "scoring";
    private const string Operations = "operations";
    private const string ApiKey = "apiKey";
    private const string AdminKey = "adminKey";

    /// <summary>The document for <paramref name="model"/>; <paramref name="apiKeyHeader"/> is null when no API key is required.</summary>
    public static JsonObject Build(ServedModel model, bool rejectsUnseenCategories, string? apiKeyHeader, string adminKeyHeader)
    {
        var keyed = apiKeyHeader is null ? null : ApiKey;
        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = $"CiCd prediction service: {model.Identity.Name}",
                ["version"] = model.Identity.Version,
                ["description"] = model.Card.IntendedUse,
                ["license"] = new JsonObject { ["name"] = "MIT", ["identifier"] = "MIT" },
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "/", ["description"] = "this service" }),
            ["tags"] = new JsonArray(
                new JsonObject { ["name"] = Scoring, ["description"] = "Predictions: one record, a batch, or MLflow's protocol" },
                new JsonObject { ["name"] = Operations, ["description"] = "Probes, metrics, the model, the dashboard and the admin routes" }),
            ["paths"] = Paths(keyed, model.Card.Task == TaskKind.Regression ? OpenApiRegressionSchemas.CsvAnswer : ClassesCsvAnswer),
            ["components"] = new JsonObject
            {
                ["schemas"] = OpenApiSchemas.All(model.Card, rejectsUnseenCategories),
                ["securitySchemes"] = SecuritySchemes(apiKeyHeader, adminKeyHeader),
            },
        };
    }

    private const string ClassesCsvAnswer = "label,score,p_<class>… then one line per row";

    private static JsonObject Paths(string? keyed, string csvAnswer) => new()
    {
        ["/v1/predict"] = Post(ScoringOperation("predict", "Score one record", keyed)
            .Accepts(Json(OpenApiSchemas.Ref("Record")))
            .Answers(200, "The prediction", Json(OpenApiSchemas.Ref("Prediction")), Ignored())),
        ["/v1/predict/batch"] = Post(ScoringOperation("predict_batch", "Score records in order (JSON array or CSV with a header row; answer by Accept)", keyed)
            .Accepts(WithCsv(Json(OpenApiSchemas.Ref("Records")), "CSV with a header row naming the fields"))
            .Answers(200, "Predictions in input order", WithCsv(Json(OpenApiSchemas.Ref("BatchPredictions")), csvAnswer), Ignored())
            .Fails(406, "Accept allows neither application/json nor text/csv")),
        ["/invocations"] = Post(ScoringOperation("invocations", "MLflow scoring protocol", keyed)
            .Accepts(WithCsv(Json(OpenApiSchemas.Ref("Invocation")), "CSV with a header row naming the fields"))
            .Answers(200, "Predictions in input order", Json(OpenApiSchemas.Ref("Invocations")), Ignored())),
        ["/v1/model"] = Get(new OpenApiOperation("model", "The serving model, its input schema and metrics", Operations).Secured(keyed)
            .Answers(200, "The model serving now", Json(OpenApiSchemas.Ref("ModelDescription")))
            .Fails(401, "Missing or wrong API key")
            .Fails(503, "No model loaded yet")),
        ["/health/live"] = Get(Health("live", "Liveness: the process answers", ready: false)),
        ["/health/ready"] = Get(Health("ready", "Readiness: a model is loaded and warmed", ready: true)),
        ["/ping"] = Get(Health("ping", "MLflow's readiness probe", ready: true)),
        ["/health"] = Get(Health("health", "MLflow's health probe (readiness)", ready: true)),
        ["/version"] = Get(new OpenApiOperation("version", "The mlops tool version", Operations).Secured(null)
            .Answers(200, "The version, one line", Plain("the version"))),
        ["/metrics"] = Get(new OpenApiOperation("metrics", "Prometheus metrics (text exposition format)", Operations).Secured(null)
            .Answers(200, "Counters, gauges and histograms of the service", Plain("Prometheus text format 0.0.4"))),
        ["/openapi/v1.json"] = Get(new OpenApiOperation("openapi", "This document", Operations).Secured(null)
            .Answers(200, "The OpenAPI document for the model serving now", Json(new JsonObject { ["type"] = "object" }))
            .Fails(503, "No model loaded yet")),
        ["/dashboard"] = Get(new OpenApiOperation("dashboard", "The dashboard page (HTTP Basic: the API key as the password)", Operations).Secured(keyed)
            .Answers(200, "The page, self-contained", new JsonObject { ["text/html"] = OpenApiSchemas.Media(new JsonObject { ["type"] = "string" }) })
            .Fails(401, "Missing or wrong API key")),
        ["/dashboard/data.json"] = Get(new OpenApiOperation("dashboard_data", "The dashboard's content as JSON", Operations).Secured(keyed)
            .Answers(200, "Model, traffic and drift", Json(new JsonObject { ["type"] = "object" }))
            .Fails(401, "Missing or wrong API key")),
        ["/admin/reload"] = Post(new OpenApiOperation("reload", "Reload the model now", Operations).Secured(AdminKey)
            .Answers(200, "The new model serves", Json(OpenApiSchemas.Ref("ReloadOutcome")))
            .Fails(401, "Missing or wrong admin key")
            .Fails(403, "Admin routes are off: no admin key configured")
            .Fails(409, "The model was refused; the previous one still serves")),
    };

    // The answers every scoring route shares besides its 200.
    private static OpenApiOperation ScoringOperation(string id, string summary, string? keyed) =>
        new OpenApiOperation(id, summary, Scoring).Secured(keyed)
            .Fails(400, "Invalid input: the problem names the field and the 0-based row")
            .Fails(401, "Missing or wrong API key")
            .Fails(408, "The body arrived slower than the minimum data rate, or stopped before its Content-Length")
            .Fails(413, "Body or batch over the limit")
            .Fails(415, "Unsupported media type or charset")
            .Fails(429, "Rate limited; see Retry-After")
            .Fails(503, "No model loaded yet")
            .Fails(504, "The request took longer than the request timeout");

    private static OpenApiOperation Health(string id, string summary, bool ready)
    {
        var operation = new OpenApiOperation(id, summary, Operations).Secured(null)
            .Answers(200, ready ? "Ready, with the model serving" : "Alive", Json(OpenApiSchemas.Ref("HealthStatus")));
        return ready ? operation.Fails(503, "No model loaded yet") : operation;
    }

    private static JsonObject SecuritySchemes(string? apiKeyHeader, string adminKeyHeader)
    {
        var schemes = new JsonObject
        {
            [AdminKey] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = adminKeyHeader, ["description"] = "The admin key" },
        };
        if (apiKeyHeader is not null)
        {
            schemes[ApiKey] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = apiKeyHeader, ["description"] = "The API key" };
        }
        return schemes;
    }

    // Sent only when the request carried a column named as the model's target, which was ignored.
    private static JsonObject Ignored() => new()
    {
        [IgnoredColumns.Header] = new JsonObject
        {
            ["description"] = "Columns of the request that the model does not take and that were ignored (the model's target and the columns its config set to ignore, so the training file can be posted as it is); absent when none was.",
            ["schema"] = new JsonObject { ["type"] = "string" },
        },
    };

    private static JsonObject Get(OpenApiOperation operation) => new() { ["get"] = operation.Build() };

    private static JsonObject Post(OpenApiOperation operation) => new() { ["post"] = operation.Build() };

    private static JsonObject Json(JsonObject schema) => new() { ["application/json"] = OpenApiSchemas.Media(schema) };

    private static JsonObject Plain(string description) =>
        new() { ["text/plain"] = OpenApiSchemas.Media(new JsonObject { ["type"] = "string", ["description"] = description }) };

    private static JsonObject WithCsv(JsonObject content, string description)
    {
        content["text/csv"] = OpenApiSchemas.Media(new JsonObject { ["type"] = "string", ["description"] = description });
        return content;
    }
}
