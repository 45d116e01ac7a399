namespace CiCd.Data.Profiling;

/// <summary>A categorical or ordinal column's levels: the most frequent ones, the rest summed, and the rare ones.</summary>
/// <param name="Top">The most frequent levels (ties by value), at most the profile's top N.</param>
/// <param name="OtherLevels">How many levels are not in <paramref name="Top"/>.</param>
/// <param name="OtherCount">Rows holding those levels.</param>
/// <param name="Rare">Levels held by fewer than the rare share of the non-missing rows.</param>
/// <param name="Order">For an ordinal column, the declared order with each level's count (levels never seen count 0).</param>
public sealed record CategorySummary(
    IReadOnlyList<LevelCount> Top, int OtherLevels, int OtherCount, IReadOnlyList<LevelCount> Rare, IReadOnlyList<LevelCount>? Order)
{
    /// <summary>Summarises level counts over <paramref name="present"/> non-missing rows.</summary>
    public static CategorySummary Of(IReadOnlyDictionary<string, int> counts, int present, int top, double rareShare, IReadOnlyList<string>? order)
    {
        var levels = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new LevelCount(c.Key, c.Value, present == 0 ? 0 : (double)c.Value / present)).ToList();
        var shown = levels.Take(top).ToList();
        return new CategorySummary(
            shown,
            levels.Count - shown.Count,
            levels.Skip(top).Sum(l => l.Count),
            levels.Where(l => l.Share < rareShare).ToList(),
            order?.Select(o => new LevelCount(o, counts.GetValueOrDefault(o), present == 0 ? 0 : (double)counts.GetValueOrDefault(o) / present)).ToList());
    }
}
