using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace CiCd.Serving.Tests.Fixtures.Contract;

/// <summary>
/// What the OpenAPI document promises for one response: its status is declared for the operation, its media type is
/// declared for that status, and a JSON body validates against the declared schema (JSON Schema 2020-12).
/// </summary>
public sealed class ResponseContract(JsonObject document)
{
    // Schemas are built once per document and status: a test run sends thousands of requests.
    private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new();

    /// <summary>The violations of the contract by one response; empty when it keeps it (or the path is not in the document).</summary>
    public IReadOnlyList<string> Check(HttpMethod method, string path, int status, MediaTypeHeaderValue? mediaType, string? body)
    {
        var where = $"{method} {path} → {status}";
        if (document["paths"]?[path] is not JsonObject item)
        {
            // Not a route of the service: the 404 or 405 the framework answers is what the document implies.
            return [];
        }
        if (item[method.Method.ToLowerInvariant()] is not JsonObject operation)
        {
            return status == 405 ? [] : [$"{where}: the document declares no {method} for {path}"];
        }
        if (operation["responses"]?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] is not JsonObject response)
        {
            return [$"{where}: status not declared (declared: {string.Join(", ", ((JsonObject)operation["responses"]!).Select(r => r.Key))})"];
        }
        if (response["content"] is not JsonObject content)
        {
            return body is { Length: > 0 } ? [$"{where}: a body where the document declares none"] : [];
        }
        var type = mediaType?.MediaType;
        if (type is null || content[type] is not JsonObject media)
        {
            return [$"{where}: media type '{type}' not declared (declared: {string.Join(", ", content.Select(c => c.Key))})"];
        }
        if (body is null || !type.EndsWith("json", StringComparison.Ordinal))
        {
            return [];
        }
        var key = $"{path} {method} {status} {type}";
        var schema = _schemas.GetOrAdd(key, _ => Build(media["schema"]!));
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            // A cut-off answer, or a problem appended to a 200 already under way: never a whole answer to a client.
            return [$"{where}: the {type} body is not JSON ({e.Message})"];
        }
        using var parsed = json;
        var result = schema.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{where}: body at '{d.InstanceLocation}' ({d.EvaluationPath}): {e.Value}"))
                .DefaultIfEmpty($"{where}: body does not match its schema")];
    }

    // A standalone 2020-12 schema: the operation's schema with the document's component schemas as its $defs.
    private JsonSchema Build(JsonNode schema)
    {
        var definitions = document["components"]?["schemas"]?.ToJsonString() ?? "{}";
        var text = $$"""{"$schema":"https://json-schema.org/draft/2020-12/schema","$defs":{{definitions}},"allOf":[{{schema.ToJsonString()}}]}"""
            .Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.FromText(text, options, new Uri($"https://contract.test/{Guid.NewGuid():N}"));
    }
}
