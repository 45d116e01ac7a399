using CiCd.Configuration;
using CiCd.Formats;
using CiCd.Metrics;
using CiCd.Train;

namespace CiCd.Testing;

/// <summary>
/// Model cards for tests that need one without training: <c>new ModelCardBuilder()</c> is the tiny binary model of
/// <see cref="ConfigBuilder"/> (the metrics that matter for gates), <see cref="Credit"/> a German-credit card with
/// plausible values throughout; tests change only what they look at.
/// </summary>
public sealed class ModelCardBuilder
{
    private ModelCard _card;

    // The tiny preset keeps test and cross-validation metrics equal (spread 0.01), as gate tests expect.
    private Dictionary<string, double>? _metrics;

    public ModelCardBuilder()
    {
        _metrics = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [MetricNames.RocAuc] = 0.8,
            [MetricNames.ExpectedCost] = 0.5,
            [MetricNames.Recall] = 0.75,
        };
        _card = Tiny;
    }

    private ModelCardBuilder(ModelCard card) => _card = card;

    /// <summary>A German-credit card: a light_gbm winner with test, cross-validation and spread figures.</summary>
    public static ModelCardBuilder Credit() => new(CreditCard);

    public ModelCardBuilder Named(string name) => With(card => card with { Name = name });

    public ModelCardBuilder RunId(string runId) => With(card => card with { RunId = runId });

    /// <summary>Sets (or with null removes) a test metric (on the tiny preset, its cross-validation value too).</summary>
    public ModelCardBuilder Metric(string name, double? value)
    {
        var metrics = _metrics ?? new Dictionary<string, double>(_card.Metrics, StringComparer.Ordinal);
        if (value is { } v)
        {
            metrics[name] = v;
        }
        else
        {
            metrics.Remove(name);
        }
        return _metrics is null ? With(card => card with { Metrics = metrics }) : this;
    }

    /// <summary>Replaces the test metrics.</summary>
    public ModelCardBuilder WithMetrics(Dictionary<string, double> metrics)
    {
        _metrics = null;
        return With(card => card with { Metrics = metrics });
    }

    /// <summary>Any other change to the card.</summary>
    public ModelCardBuilder With(Func<ModelCard, ModelCard> change)
    {
        _card = change(_card);
        return this;
    }

    public ModelCard Build() => _metrics is null
        ? _card
        : _card with
        {
            CvMetrics = new Dictionary<string, double>(_metrics),
            CvSpread = _metrics.ToDictionary(m => m.Key, _ => 0.01),
            Metrics = new Dictionary<string, double>(_metrics),
        };

    public string WriteTo(TempFolder folder, string name)
    {
        var path = folder.PathOf(name);
        JsonReport.Write(path, Build());
        return path;
    }

    private static ModelCard Tiny => new()
    {
        Name = "tiny",
        RunId = "candidate-run",
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
        CvMetrics = new Dictionary<string, double>(),
        CvSpread = new Dictionary<string, double>(),
        Metrics = new Dictionary<string, double>(),
        PerClass = [],
        ConfusionMatrix = new ConfusionMatrix(["good", "bad"], [[10, 2], [3, 5]]),
        ModelFile = TrainingFiles.Model,
        ModelSha256 = new string('0', 64),
        IntendedUse = "tests",
        Limitations = [],
    };

    private static ModelCard CreditCard => new()
    {
        Name = "german-credit",
        RunId = "run-7f3a",
        CreatedUtc = new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero),
        ToolVersion = "0.1.0",
        MlNetVersion = "5.0.1",
        Task = TaskKind.Binary,
        Target = "class",
        Classes = ["good", "bad"],
        PositiveClass = "bad",
        Features = [new CardFeature("age", ColumnKind.Numeric, [])],
        Data = new CardData("data/raw/german_credit.csv", "sha256:abc123", 1000, 800, 200),
        Training = new CardTraining(42, 0.2, 5, "roc_auc", [], "cfg", "key"),
        Candidates = [],
        Selected = "light_gbm#3",
        Trainer = "light_gbm",
        Parameters = new Dictionary<string, double> { ["learning_rate"] = 0.03 },
        Threshold = 0.31,
        CvMetrics = new Dictionary<string, double> { ["roc_auc"] = 0.781, ["expected_cost"] = 0.58 },
        CvSpread = new Dictionary<string, double> { ["roc_auc"] = 0.021, ["expected_cost"] = 0.04 },
        Metrics = new Dictionary<string, double> { ["roc_auc"] = 0.7925, ["expected_cost"] = 0.555 },
        PerClass = [],
        ConfusionMatrix = new ConfusionMatrix(["good", "bad"], [[120, 20], [15, 45]]),
        ModelFile = "model.zip",
        ModelSha256 = "sha256:def456",
        IntendedUse = "Scoring the default risk of credit applicants.",
        Limitations = ["Trained on 1970s German data."],
    };
}
