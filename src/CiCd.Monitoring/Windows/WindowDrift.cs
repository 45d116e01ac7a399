using CiCd.Monitoring.Alerts;
using CiCd.Monitoring.Detection;
using CiCd.Monitoring.Performance;

namespace CiCd.Monitoring.Windows;

/// <summary>Drift, prediction drift and performance of one time window.</summary>
public sealed record WindowDrift
{
    /// <summary>Start of the window (inclusive).</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>End of the window (exclusive).</summary>
    public required DateTimeOffset End { get; init; }

    /// <summary>Rows in the window.</summary>
    public required int Rows { get; init; }

    /// <summary>Feature drift; null for an empty window.</summary>
    public DatasetDrift? Features { get; init; }

    /// <summary>Prediction drift; null when empty or without reference predictions.</summary>
    public DatasetDrift? Predictions { get; init; }

    /// <summary>Performance on labelled rows; null without labels.</summary>
    public WindowPerformance? Performance { get; init; }

    /// <summary>The window's light: its feature drift alert, amber when empty.</summary>
    public required AlertLevel Level { get; init; }
}
