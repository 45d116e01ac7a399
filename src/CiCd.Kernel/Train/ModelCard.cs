using CiCd.Configuration;
using CiCd.Metrics;

namespace CiCd.Train;

/// <summary>
/// What a trained model is, how it was made and how well it did: written as JSON (read by the gate, the
/// registry and the service) and Markdown (read by people). Its <see cref="Features"/> are the model's input schema.
/// </summary>
public sealed record ModelCard
{
    /// <summary>Version of this card's layout.</summary>
    public int CardVersion { get; init; } = 1;

    /// <summary>The dataset name, which is also the model name.</summary>
    public required string Name { get; init; }

    /// <summary>The training run that produced the model.</summary>
    public required string RunId { get; init; }

    /// <summary>When the model was trained (UTC).</summary>
    public required DateTimeOffset CreatedUtc { get; init; }

    /// <summary>Tool and ML.NET versions.</summary>
    public required string ToolVersion { get; init; }

    /// <summary>The ML.NET version that trained the model.</summary>
    public required string MlNetVersion { get; init; }

    /// <summary>Binary or multiclass.</summary>
    public required TaskKind Task { get; init; }

    /// <summary>The label column.</summary>
    public required string Target { get; init; }

    /// <summary>Classes in model order (binary: negative, positive).</summary>
    public required IReadOnlyList<string> Classes { get; init; }

    /// <summary>For binary tasks, the class the probability refers to.</summary>
    public string? PositiveClass { get; init; }

    /// <summary>The input schema: every feature, its kind and its known categories.</summary>
    public required IReadOnlyList<CardFeature> Features { get; init; }

    /// <summary>
    /// The training file's columns the config set to <c>ignore</c> (identifiers, dates, free text): rows as they come carry
    /// them, so a request holding them is answered, not refused. Empty in cards written before this field.
    /// </summary>
    public IReadOnlyList<string> IgnoredColumns { get; init; } = [];

    /// <summary>The data the model was trained and tested on.</summary>
    public required CardData Data { get; init; }

    /// <summary>How training was set up.</summary>
    public required CardTraining Training { get; init; }

    /// <summary>Every candidate setting tried, with cross-validation mean and spread.</summary>
    public required IReadOnlyList<CardCandidate> Candidates { get; init; }

    /// <summary>The selected candidate's identifier.</summary>
    public required string Selected { get; init; }

    /// <summary>The selected trainer.</summary>
    public required string Trainer { get; init; }

    /// <summary>The selected hyperparameters.</summary>
    public required IReadOnlyDictionary<string, double> Parameters { get; init; }

    /// <summary>Binary decision threshold on the positive-class probability, chosen on out-of-fold predictions.</summary>
    public required double Threshold { get; init; }

    /// <summary>The selected candidate's cross-validation means.</summary>
    public required IReadOnlyDictionary<string, double> CvMetrics { get; init; }

    /// <summary>The selected candidate's cross-validation standard deviations.</summary>
    public required IReadOnlyDictionary<string, double> CvSpread { get; init; }

    /// <summary>The selected candidate's metrics on each validation fold, in fold order.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, double>> CvFolds { get; init; } = [];

    /// <summary>Metrics of the refitted model on the held-out test split: the headline numbers.</summary>
    public required IReadOnlyDictionary<string, double> Metrics { get; init; }

    /// <summary>Per-class precision, recall and F1 on the test split.</summary>
    public required IReadOnlyList<ClassScores> PerClass { get; init; }

    /// <summary>The test split's confusion matrix.</summary>
    public required ConfusionMatrix ConfusionMatrix { get; init; }

    /// <summary>The model file's name next to the card, and its sha256.</summary>
    public required string ModelFile { get; init; }

    /// <summary>sha256 of the model file.</summary>
    public required string ModelSha256 { get; init; }

    /// <summary>For regression, the transform the target was learned through; every prediction is mapped back through its inverse.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public TargetTransform TargetTransform { get; init; }

    /// <summary>For regression, the target's distribution on the training split (null for classification).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public Regression.TargetSummary? TargetDistribution { get; init; }

    /// <summary>What the model is for.</summary>
    public required string IntendedUse { get; init; }

    /// <summary>What it must not be used for, and known weaknesses.</summary>
    public required IReadOnlyList<string> Limitations { get; init; }
}
