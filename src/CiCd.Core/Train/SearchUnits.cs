using CiCd.Train.Shards;

namespace CiCd.Train;

/// <summary>The results of a search's work units, and the wall time they took here (null for units merged from shards, which ran elsewhere).</summary>
internal sealed record SearchUnits(IReadOnlyList<UnitResult> Results, TimeSpan? Wall);
