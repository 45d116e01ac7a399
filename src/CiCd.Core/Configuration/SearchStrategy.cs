namespace CiCd.Configuration;

/// <summary>How a candidate's hyperparameter space is explored.</summary>
public enum SearchStrategy
{
    /// <summary>Every combination of the listed values.</summary>
    Grid,

    /// <summary>A seeded sample of combinations, <c>trials</c> of them.</summary>
    Random,
}
