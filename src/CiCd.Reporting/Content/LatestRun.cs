using CiCd.Configuration;
using CiCd.Metrics;
using CiCd.Train;

namespace CiCd.Reporting.Content;

/// <summary>The run in the train output folder: its selection, test metrics, candidates and curves.</summary>
public sealed record LatestRun(
    string RunId,
    DateTimeOffset CreatedUtc,
    TaskKind Task,
    string PrimaryMetric,
    string Selected,
    string Trainer,
    double Threshold,
    int TestRows,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyDictionary<string, double> CvMetrics,
    IReadOnlyDictionary<string, double> CvSpread,
    IReadOnlyList<CardCandidate> Candidates,
    ConfusionMatrix ConfusionMatrix,
    IReadOnlyList<ClassScores> PerClass,
    IReadOnlyList<Curve> Roc,
    IReadOnlyList<Curve> PrecisionRecall)
{
    /// <summary>For a regression run, the test split's actual and predicted values (null for classification).</summary>
    public RegressionResiduals? Residuals { get; init; }
}
