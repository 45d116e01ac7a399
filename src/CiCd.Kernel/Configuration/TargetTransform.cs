namespace CiCd.Configuration;

/// <summary>A transform of a regression target applied before training and inverted on every prediction.</summary>
public enum TargetTransform
{
    /// <summary>The target is learned as it is.</summary>
    None,

    /// <summary>ln(1 + y): for a skewed, non-negative target; predictions are mapped back with exp(p) − 1.</summary>
    Log1p,
}
