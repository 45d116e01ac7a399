using System.Text.Json.Nodes;

namespace CiCd.Serving.OpenApi;

/// <summary>Builds one operation of the document: its id, summary, security, request body and every answer it can give.</summary>
internal sealed class OpenApiOperation(string id, string summary, string tag)
{
    private readonly JsonObject _responses = [];
    private JsonObject? _requestBody;
    private JsonArray _security = [];

    /// <summary>Requires the security scheme <paramref name="scheme"/> (none: the operation answers without a key).</summary>
    public OpenApiOperation Secured(string? scheme)
    {
        _security = scheme is null ? [] : [new JsonObject { [scheme] = new JsonArray() }];
        return this;
    }

    /// <summary>The request body, by media type.</summary>
    public OpenApiOperation Accepts(JsonObject content)
    {
        _requestBody = new JsonObject { ["required"] = true, ["content"] = content };
        return this;
    }

    /// <summary>An answer with a body, by media type, and the headers it may carry.</summary>
    public OpenApiOperation Answers(int status, string description, JsonObject content, JsonObject? headers = null)
    {
        _responses[Code(status)] = new JsonObject { ["description"] = description, ["content"] = content };
        if (headers is not null)
        {
            _responses[Code(status)]!["headers"] = headers;
        }
        return this;
    }

    /// <summary>A ProblemDetails answer.</summary>
    public OpenApiOperation Fails(int status, string description) =>
        Answers(status, description, new JsonObject { ["application/problem+json"] = OpenApiSchemas.Media(OpenApiSchemas.Ref("Problem")) });

    /// <summary>The operation object, for a path item.</summary>
    public JsonObject Build()
    {
        var operation = new JsonObject
        {
            ["operationId"] = id,
            ["summary"] = summary,
            ["tags"] = new JsonArray(tag),
            ["security"] = _security,
        };
        if (_requestBody is not null)
        {
            operation["requestBody"] = _requestBody;
        }
        operation["responses"] = _responses;
        return operation;
    }

    private static string Code(int status) => status.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
