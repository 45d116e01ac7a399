using CiCd.Configuration;
using CiCd.Serving.Model;
using CiCd.Serving.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CiCd.Serving.Apis;

/// <summary><c>GET /v1/model</c>: which model serves, what it takes and how well it tested.</summary>
public static class ModelApi
{
    /// <summary>Maps the model description route.</summary>
    public static RouteHandlerBuilder MapModelApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/v1/model", Describe).WithName("model").AddEndpointFilter<ApiKeyFilter>();

    /// <summary>Describes the model serving now.</summary>
    public static Results<Ok<ModelDescription>, ProblemHttpResult> Describe(ModelSlot slot, HttpContext context)
    {
        if (slot.Current is not { } model)
        {
            return NotReady.Problem(context);
        }
        var card = model.Card;
        var inputs = card.Features
            .Select(f => new InputField(f.Name, f.Kind == ColumnKind.Numeric ? "number" : "string", f.Kind, f.Categories))
            .ToList();
        return TypedResults.Ok(new ModelDescription(model.Identity, model.Source, model.LoadedUtc, card.ModelSha256, inputs, card.Classes, card.Metrics,
            model.DecisionThreshold, card, model.Registry));
    }
}
