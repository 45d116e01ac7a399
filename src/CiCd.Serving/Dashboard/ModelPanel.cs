namespace CiCd.Serving.Dashboard;

/// <summary>The served model as the dashboard shows it: identity, provenance and the card's headline figures.</summary>
public sealed record ModelPanel(
    string Name,
    string Version,
    string Source,
    DateTimeOffset LoadedUtc,
    string Sha256,
    string Trainer,
    string Task,
    IReadOnlyList<string> Classes,
    double Threshold,
    IReadOnlyDictionary<string, double> Metrics,
    string DataFingerprint,
    int TrainRows,
    DateTimeOffset TrainedUtc);
