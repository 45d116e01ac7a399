namespace CiCd.Configuration;

/// <summary>
/// A comparison with the champion. With d = candidate − champion when higher is better and
/// d = champion − candidate when lower is better: <c>min_absolute_change</c> passes when d ≥ change,
/// <c>min_relative_change</c> passes when d / |champion| ≥ change.
/// </summary>
/// <param name="Metric">The metric compared.</param>
/// <param name="MinAbsoluteChange">Smallest allowed improvement (negative: the drop tolerated).</param>
/// <param name="MinRelativeChange">Smallest allowed relative improvement.</param>
/// <param name="PassWhenChampionLacksMetric">Pass (instead of fail) when the champion has no value, or 0 for a relative rule.</param>
/// <param name="RequireGainBeyondCvSpread">Also require the gain to exceed the candidate's cross-validation standard deviation.</param>
public sealed record ChampionRule(
    string Metric,
    double? MinAbsoluteChange,
    double? MinRelativeChange,
    bool PassWhenChampionLacksMetric,
    bool RequireGainBeyondCvSpread);
