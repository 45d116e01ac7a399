using CiCd.Configuration;
using CiCd.Metrics;
using CiCd.Train;

namespace CiCd.Release.Tests.Builders;

/// <summary>A model card with plausible German-credit values; tests change what they look at.</summary>
public static class CardBuilder
{
    public static ModelCard Credit() => new()
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
