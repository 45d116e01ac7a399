namespace CiCd.Configuration;

/// <summary>The whole of mlops.yaml, typed and validated when loaded.</summary>
/// <param name="SourceFile">The file it was read from (for messages and the config hash).</param>
/// <param name="Dataset">The data and its schema.</param>
/// <param name="Validation">Dataset-level validation rules.</param>
/// <param name="Training">Candidates and selection.</param>
/// <param name="Gates">Thresholds and champion rules.</param>
public sealed record MlopsConfig(
    string SourceFile,
    DatasetConfig Dataset,
    ValidationConfig Validation,
    TrainingConfig Training,
    GateConfig Gates)
{
    /// <summary>Where runs are recorded.</summary>
    public TrackingConfig Tracking { get; init; } = new(null, Dataset.Name);

    /// <summary>Where models are registered.</summary>
    public RegistryConfig Registry { get; init; } = new(Path.Combine(Path.GetDirectoryName(SourceFile) ?? ".", "models"), Dataset.Name);

    /// <summary>The drift policy's overrides and what to do on red.</summary>
    public DriftConfig Drift { get; init; } = new() { Source = SourceFile };

    /// <summary>How releases are numbered.</summary>
    public ReleaseConfig Release { get; init; } = new(ReleaseConfig.DefaultVersionPrefix);

    /// <summary>What the drift monitor does on red.</summary>
    public MonitorConfig Monitor { get; init; } = MonitorConfig.Default;
}
