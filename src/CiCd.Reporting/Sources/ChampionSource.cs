using CiCd.Metrics;
using CiCd.Registry;
using CiCd.Registry.Aliases;
using CiCd.Reporting.Content;

namespace CiCd.Reporting.Sources;

/// <summary>Finds the production champion in the registry and lines its metrics up with the candidate's.</summary>
public static class ChampionSource
{
    /// <summary>
    /// The comparison of run <paramref name="runId"/> with the champion, or a note saying why there is none: no champion,
    /// or the run is the champion itself (just promoted), whose every delta would be zero.
    /// </summary>
    public static ReportPart<ChampionComparison> Compare(string registryRoot, string model, string runId, IReadOnlyDictionary<string, double> candidate, string? primary)
    {
        var champion = new ModelRegistry(new RegistryOptions { Root = registryRoot }).FindByAlias(model, ModelAliases.Production);
        if (champion is null)
        {
            return ReportPart.Missing<ChampionComparison>(
                $"no version of '{model}' holds the {ModelAliases.Production} alias in {registryRoot}: nothing to compare with yet");
        }
        if (champion.RunId == runId)
        {
            return ReportPart.Missing<ChampionComparison>(
                $"this run ({runId}) is the champion: version {champion.Version} of '{model}' holds the {ModelAliases.Production} alias, " +
                "so there is no other version to compare it with");
        }
        var deltas = MetricOrder.Sort(candidate.Keys.Where(champion.Metrics.ContainsKey), primary)
            .Select(name => Delta(name, candidate[name], champion.Metrics[name]))
            .ToList();
        return ReportPart.Of(new ChampionComparison(model, ModelAliases.Production, champion.Version, champion.RunId, deltas));
    }

    private static MetricDelta Delta(string metric, double candidate, double champion) =>
        new(metric, candidate, champion, candidate - champion,
            champion == 0 ? null : (candidate - champion) / Math.Abs(champion), MetricCatalog.HigherIsBetter(metric));
}
