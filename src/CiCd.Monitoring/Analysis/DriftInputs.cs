using CiCd.Monitoring.Current;
using CiCd.Monitoring.Performance;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Predictions;
using CiCd.Monitoring.Profiles;

namespace CiCd.Monitoring.Analysis;

/// <summary>Everything one drift check compares: the reference, the current data, and the optional parts (windows, predictions, labels).</summary>
public sealed record DriftInputs
{
    /// <summary>The stored profile of the training data.</summary>
    public required ReferenceProfile Reference { get; init; }

    /// <summary>Where the profile came from.</summary>
    public required string ReferenceSource { get; init; }

    /// <summary>The data under watch.</summary>
    public required ICurrentData Current { get; init; }

    /// <summary>The drift policy, validated.</summary>
    public required DriftPolicy Policy { get; init; }

    /// <summary>What the monitoring workflow does on red (from the config), echoed in the report.</summary>
    public string OnRed { get; init; } = "retrain";

    /// <summary>Profile of the training predictions (predicted class, score); null skips prediction drift.</summary>
    public ReferenceProfile? ReferencePredictions { get; init; }

    /// <summary>Window size for drift over time; null for one verdict over all current rows.</summary>
    public TimeSpan? Window { get; init; }

    /// <summary>Where the first window starts; null aligns to whole windows.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Delayed labels; null skips performance.</summary>
    public LabelSet? Labels { get; init; }

    /// <summary>How performance is measured; required with <see cref="Labels"/>.</summary>
    public PerformanceSpec? Performance { get; init; }

    /// <summary>The model's classes and threshold, when known (for predictions in the current data).</summary>
    public PredictionSpec? Prediction { get; init; }
}
