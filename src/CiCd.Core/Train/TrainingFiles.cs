namespace CiCd.Train;

/// <summary>The names of the files a training run writes, in one place for every reader.</summary>
public static class TrainingFiles
{
    /// <summary>The ML.NET model with its input schema.</summary>
    public const string Model = "model.zip";

    /// <summary>The model card, JSON.</summary>
    public const string CardJson = "model-card.json";

    /// <summary>The model card, Markdown.</summary>
    public const string CardMarkdown = "model-card.md";

    /// <summary>The run summary, JSON.</summary>
    public const string Result = "train-result.json";

    /// <summary>Test-split ROC points, JSON.</summary>
    public const string Roc = "evaluation/roc.json";

    /// <summary>Test-split predictions (line, actual, probabilities), CSV.</summary>
    public const string Predictions = "evaluation/test-predictions.csv";

    /// <summary>
    /// The reference profile of the training split (the drift reference), JSON. Written by the command
    /// line after training rather than by the pipeline, so it is not among the cached files in <see cref="All"/>.
    /// </summary>
    public const string ReferenceProfile = "reference-profile.json";

    /// <summary>Every file of a run, for the cache to copy.</summary>
    public static IReadOnlyList<string> All { get; } = [Model, CardJson, CardMarkdown, Result, Roc, Predictions];
}
