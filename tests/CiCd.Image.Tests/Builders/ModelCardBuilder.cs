using CiCd.Configuration;
using CiCd.Metrics;
using CiCd.Train;

namespace CiCd.Image.Tests.Builders;

/// <summary>A model card with plausible values; tests change only what they look at.</summary>
public sealed class ModelCardBuilder
{
    private string _name = "german-credit";
    private Dictionary<string, double> _metrics = new() { ["roc_auc"] = 0.78, ["expected_cost"] = 0.52 };

    public ModelCardBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public ModelCardBuilder WithMetrics(Dictionary<string, double> metrics)
    {
        _metrics = metrics;
        return this;
    }

    public ModelCard Build() => new()
    {
        Name = _name,
        RunId = "20250101-000000-abcdef12",
        CreatedUtc = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
        ToolVersion = "0.1.0",
        MlNetVersion = "5.0.1",
        Task = TaskKind.Binary,
        Target = "class",
        Classes = ["good", "bad"],
        PositiveClass = "bad",
        Features = [new CardFeature("age", ColumnKind.Numeric, [])],
        Data = new CardData("data/raw/german_credit.csv", new string('d', 64), 1000, 800, 200),
        Training = new CardTraining(42, 0.2, 5, "roc_auc", [], new string('c', 64), new string('k', 64)),
        Candidates = [],
        Selected = "logistic_regression#1",
        Trainer = "logistic_regression",
        Parameters = new Dictionary<string, double>(),
        Threshold = 0.3,
        CvMetrics = new Dictionary<string, double>(),
        CvSpread = new Dictionary<string, double>(),
        Metrics = _metrics,
        PerClass = [],
        ConfusionMatrix = new ConfusionMatrix(["good", "bad"], [[1, 0], [0, 1]]),
        ModelFile = "model.zip",
        ModelSha256 = new string('m', 64),
        IntendedUse = "tests",
        Limitations = [],
    };
}
