using CiCd.Configuration;
using CiCd.Metrics;
using CiCd.Reports;
using CiCd.Testing;
using CiCd.Train;

namespace CiCd.Cli.Tests.Support;

/// <summary>Builds model cards for gate tests without training: a run id and the metrics that matter.</summary>
public sealed class ModelCardBuilder
{
    private readonly Dictionary<string, double> _metrics = new(StringComparer.Ordinal)
    {
        [MetricNames.RocAuc] = 0.8,
        [MetricNames.ExpectedCost] = 0.5,
        [MetricNames.Recall] = 0.75,
    };

    private string _runId = "candidate-run";

    public ModelCardBuilder RunId(string runId)
    {
        _runId = runId;
        return this;
    }

    /// <summary>Sets (or with null removes) a test metric.</summary>
    public ModelCardBuilder Metric(string name, double? value)
    {
        if (value is { } v)
        {
            _metrics[name] = v;
        }
        else
        {
            _metrics.Remove(name);
        }
        return this;
    }

    public ModelCard Build() => new()
    {
        Name = "tiny",
        RunId = _runId,
        CreatedUtc = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        ToolVersion = "test",
        MlNetVersion = "test",
        Task = TaskKind.Binary,
        Target = "label",
        Classes = ["good", "bad"],
        PositiveClass = "bad",
        Features = [new CardFeature("x", ColumnKind.Numeric, [])],
        Data = new CardData("data.csv", new string('0', 64), 100, 80, 20),
        Training = new CardTraining(1, 0.2, 2, MetricNames.RocAuc, [], "config", "key"),
        Candidates = [],
        Selected = "logistic_regression()",
        Trainer = "logistic_regression",
        Parameters = new Dictionary<string, double>(),
        Threshold = 0.5,
        CvMetrics = new Dictionary<string, double>(_metrics),
        CvSpread = _metrics.ToDictionary(m => m.Key, _ => 0.01),
        Metrics = new Dictionary<string, double>(_metrics),
        PerClass = [],
        ConfusionMatrix = new ConfusionMatrix(["good", "bad"], [[10, 2], [3, 5]]),
        ModelFile = TrainingFiles.Model,
        ModelSha256 = new string('0', 64),
        IntendedUse = "tests",
        Limitations = [],
    };

    public string WriteTo(TempFolder folder, string name)
    {
        var path = folder.PathOf(name);
        JsonReport.Write(path, Build());
        return path;
    }
}
