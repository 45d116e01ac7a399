using CiCd.Serving.Hosting;
using CiCd.Serving.Model;
using CiCd.Serving.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CiCd.Serving.Apis;

/// <summary><c>GET /openapi/v1.json</c>: the OpenAPI document for the model serving now.</summary>
public static class OpenApiApi
{
    /// <summary>Maps the document route.</summary>
    public static RouteHandlerBuilder MapOpenApiApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/openapi/v1.json", Document).WithName("openapi");

    /// <summary>The document, or 503 before a model is loaded (the schema comes from it).</summary>
    public static Results<ContentHttpResult, ProblemHttpResult> Document(ModelSlot slot, IOptions<ServingOptions> options, HttpContext context)
    {
        if (slot.Current is not { } model)
        {
            return NotReady.Problem(context);
        }
        var settings = options.Value;
        var document = OpenApiDocument.Build(model, settings.UnseenCategories == UnseenCategoryPolicy.Reject,
            string.IsNullOrEmpty(settings.ApiKey) ? null : settings.ApiKeyHeader, settings.ApiKeyHeader);
        return TypedResults.Text(document.ToJsonString(), "application/json");
    }
}
