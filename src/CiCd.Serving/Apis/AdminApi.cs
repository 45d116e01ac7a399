using CiCd.Serving.Model;
using CiCd.Serving.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CiCd.Serving.Apis;

/// <summary><c>POST /admin/reload</c>: reload the model now (after a registry move or a manual copy), behind the admin key.</summary>
public static class AdminApi
{
    /// <summary>Maps the admin routes.</summary>
    public static RouteGroupBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin").AddEndpointFilter<AdminKeyFilter>();
        admin.MapPost("/reload", Reload).WithName("reload");
        return admin;
    }

    /// <summary>200 with the new identity when the model loaded; 409 when it was refused and the old one still serves.</summary>
    public static async Task<Results<Ok<ReloadOutcome>, ProblemHttpResult>> Reload(ModelReloader reloader, CancellationToken cancel)
    {
        var outcome = await reloader.ReloadAsync("admin", cancel);
        return outcome.Loaded
            ? TypedResults.Ok(outcome)
            : TypedResults.Problem(outcome.Message, statusCode: StatusCodes.Status409Conflict, title: "Model refused",
                extensions: new Dictionary<string, object?> { ["reason"] = outcome.Reason, ["serving"] = outcome.Serving });
    }
}
