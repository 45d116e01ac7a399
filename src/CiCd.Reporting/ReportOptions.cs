using CiCd.Tracking.Store;

namespace CiCd.Reporting;

/// <summary>Where the report reads its inputs and writes its files.</summary>
public sealed record ReportOptions
{
    /// <summary>The training output folder (model card, model, evaluation files).</summary>
    public string TrainFolder { get; init; } = "out/train";

    /// <summary>The gate output folder (gate.json, gate.md).</summary>
    public string GateFolder { get; init; } = "out/gate";

    /// <summary>The experiment store; null leaves the runs section out.</summary>
    public TrackingLocation? Tracking { get; init; }

    /// <summary>The model registry folder.</summary>
    public string RegistryRoot { get; init; } = Registry.RegistryOptions.DefaultRoot;

    /// <summary>The registered model to compare with; null means the dataset name from the model card.</summary>
    public string? Model { get; init; }

    /// <summary>The pipeline config, needed to rebuild the test split for permutation importance; null skips it.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>The folder the report files go to.</summary>
    public string OutputFolder { get; init; } = "out/report";

    /// <summary>How many recent runs the runs table and charts show.</summary>
    public int RunLimit { get; init; } = 50;

    /// <summary>How many shuffles per feature permutation importance averages over.</summary>
    public int ImportanceRepeats { get; init; } = 5;
}
