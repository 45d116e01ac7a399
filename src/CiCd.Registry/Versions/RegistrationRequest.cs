namespace CiCd.Registry.Versions;

/// <summary>What `mlops model register` hands the registry: a run's model, card, results and drift reference.</summary>
public sealed record RegistrationRequest
{
    /// <summary>The model name (lowercase letters, digits, '.', '_' and '-'; it names a folder).</summary>
    public required string Model { get; init; }

    /// <summary>The trained model file (model.zip) to copy in.</summary>
    public required string ModelFile { get; init; }

    /// <summary>The model card JSON file to copy in.</summary>
    public required string CardFile { get; init; }

    /// <summary>The run that trained it.</summary>
    public required string RunId { get; init; }

    /// <summary>The run's params.</summary>
    public IReadOnlyDictionary<string, string> Params { get; init; } = new Dictionary<string, string>();

    /// <summary>The run's summary metrics.</summary>
    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new Dictionary<string, double>();

    /// <summary>Per-fold values of each metric, kept so a gate can weigh a gain against the CV spread.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<double>> FoldMetrics { get; init; } = new Dictionary<string, IReadOnlyList<double>>();

    /// <summary>The SHA-256 fingerprint of the training data.</summary>
    public string? DataFingerprint { get; init; }

    /// <summary>The git commit of the code that trained it.</summary>
    public string? GitCommit { get; init; }

    /// <summary>The reference profile (reference-profile.json) that drift compares with; optional.</summary>
    public string? ReferenceProfileFile { get; init; }

    /// <summary>The training rows' data profile (data-profile.json); optional.</summary>
    public string? DataProfileFile { get; init; }

    /// <summary>The test-split predictions (the prediction-drift reference); kept only with a reference profile.</summary>
    public string? PredictionsFile { get; init; }

    /// <summary>
    /// An alias to point at the new version in the same write (<c>model register --alias</c>), so a register killed part-way
    /// leaves either no version or the version with its alias, never the version without it; null sets none.
    /// </summary>
    public string? Alias { get; init; }
}
