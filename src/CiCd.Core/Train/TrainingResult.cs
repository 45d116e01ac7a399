namespace CiCd.Train;

/// <summary>The machine-readable outcome of <c>mlops train</c>.</summary>
public sealed record TrainingResult(
    string RunId,
    bool Cached,
    string CacheKey,
    string OutputFolder,
    string ModelPath,
    string CardPath,
    string Selected,
    double Threshold,
    IReadOnlyDictionary<string, double> CvMetrics,
    IReadOnlyDictionary<string, double> Metrics,
    double Seconds);
