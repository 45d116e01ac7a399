using CiCd.Configuration;
using CiCd.Metrics;

namespace CiCd.Reporting.Sources;

/// <summary>One reading order for metrics everywhere in the report: the catalogue's, then anything else by name.</summary>
public static class MetricOrder
{
    private static readonly List<string> Known = [.. MetricCatalog.For(TaskKind.Binary).Union(MetricCatalog.For(TaskKind.Multiclass))];

    /// <summary>A sort key: catalogue position, unknown metrics after all known ones.</summary>
    public static int Rank(string metric) => Known.IndexOf(metric) is var index and >= 0 ? index : Known.Count;

    /// <summary>The metrics sorted for reading, the primary one first.</summary>
    public static IReadOnlyList<string> Sort(IEnumerable<string> metrics, string? primary) =>
        metrics.Distinct(StringComparer.Ordinal)
            .OrderBy(m => m == primary ? -1 : Rank(m))
            .ThenBy(m => m, StringComparer.Ordinal)
            .ToList();
}
