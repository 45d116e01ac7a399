namespace CiCd.Tracking.Runs;

/// <summary>Everything stored about one run: what `runs show` prints.</summary>
public sealed record RunDetails(
    Run Run,
    IReadOnlyDictionary<string, string> Params,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyDictionary<string, IReadOnlyList<MetricStep>> MetricSteps,
    IReadOnlyDictionary<string, string> Tags,
    IReadOnlyList<ArtifactEntry> Artifacts);
