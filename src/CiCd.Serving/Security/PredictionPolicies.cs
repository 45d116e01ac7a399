namespace CiCd.Serving.Security;

/// <summary>The policies every scoring route shares: API key, rate limit, request timeout.</summary>
public static class PredictionPolicies
{
    /// <summary>The name of the rate-limiting and timeout policies.</summary>
    public const string Name = "predictions";

    /// <summary>Applies the API key filter, the rate limiter and the request timeout to <paramref name="routes"/>.</summary>
    public static TBuilder WithPredictionPolicies<TBuilder>(this TBuilder routes) where TBuilder : IEndpointConventionBuilder
    {
        routes.AddEndpointFilter<TBuilder, ApiKeyFilter>();
        routes.RequireRateLimiting(Name);
        routes.WithRequestTimeout(Name);
        routes.WithMetadata(PredictionRoute.Instance);
        return routes;
    }
}
