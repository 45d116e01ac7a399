namespace CiCd.Configuration;

/// <summary>The gates a candidate must pass before it may be registered.</summary>
/// <param name="Thresholds">Absolute bounds.</param>
/// <param name="ChampionRules">Comparisons with the champion.</param>
/// <param name="ChampionCard">A champion model card to compare with (until the registry provides one).</param>
public sealed record GateConfig(
    IReadOnlyList<ThresholdRule> Thresholds,
    IReadOnlyList<ChampionRule> ChampionRules,
    string? ChampionCard);
