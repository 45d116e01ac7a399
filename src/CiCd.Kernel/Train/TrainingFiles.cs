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
    /// The reference profile of the training split (the drift reference), JSON. Written by the train stage
    /// through an <c>ITrainingOutput</c>, as the profile is a monitoring type the ML.NET engine does not know.
    /// </summary>
    public const string ReferenceProfile = "reference-profile.json";

    /// <summary>
    /// The data profile of the training split (kinds, missing values, distributions, alerts), JSON: what the pull-request
    /// summary compares with the production version's, kept with each registered version. Written by the train stage.
    /// </summary>
    public const string DataProfile = "data-profile.json";

    /// <summary>The files the ML.NET engine (<c>TrainingEngine</c>) writes by itself.</summary>
    public static IReadOnlyList<string> Engine { get; } = [Model, CardJson, CardMarkdown, Result, Roc, Predictions];

    /// <summary>Every file of a run of the train stage, cached and tracked.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Engine, ReferenceProfile, DataProfile];
}
