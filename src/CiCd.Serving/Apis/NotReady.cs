using Microsoft.AspNetCore.Http.HttpResults;

namespace CiCd.Serving.Apis;

/// <summary>The answer while no model has loaded yet: 503 with Retry-After, as probes and clients expect.</summary>
public static class NotReady
{
    private const int RetryAfterSeconds = 1;

    /// <summary>A 503 ProblemDetails, with Retry-After set on <paramref name="context"/>.</summary>
    public static ProblemHttpResult Problem(HttpContext context)
    {
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem("no model has been loaded yet; see /health/ready", statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Model not ready");
    }
}
