using CiCd.Errors;
using CiCd.Monitoring.Alerts;
using CiCd.Monitoring.Detection;
using CiCd.Monitoring.Performance;
using CiCd.Monitoring.Windows;

namespace CiCd.Monitoring.Analysis;

/// <summary>The result of <c>mlops drift</c>: feature drift, prediction drift, performance, drift over time, and one overall alert.</summary>
public sealed record DriftReport
{
    /// <summary>When the check ran (UTC).</summary>
    public required DateTimeOffset GeneratedUtc { get; init; }

    /// <summary>The reference profile's file.</summary>
    public required string Reference { get; init; }

    /// <summary>Rows in the reference.</summary>
    public required long ReferenceRows { get; init; }

    /// <summary>The current data's file.</summary>
    public required string Current { get; init; }

    /// <summary>Rows in the current data.</summary>
    public required int CurrentRows { get; init; }

    /// <summary>Earliest current row, for time-stamped data.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Latest current row, for time-stamped data.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Feature drift over all current rows.</summary>
    public required DatasetDrift Features { get; init; }

    /// <summary>Drift of the predicted class and score against the training predictions.</summary>
    public DatasetDrift? Predictions { get; init; }

    /// <summary>Performance on all labelled rows.</summary>
    public WindowPerformance? Performance { get; init; }

    /// <summary>The window size, as given.</summary>
    public string? Window { get; init; }

    /// <summary>Per-window results, oldest first.</summary>
    public IReadOnlyList<WindowDrift> Windows { get; init; } = [];

    /// <summary>Sudden changes between windows.</summary>
    public IReadOnlyList<AbruptChange> Changes { get; init; } = [];

    /// <summary>What was skipped and why.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>What the monitoring workflow does on red.</summary>
    public required string OnRed { get; init; }

    /// <summary>The overall light, message and advice.</summary>
    public required Alert Alert { get; init; }

    /// <summary>1 on red (dataset drift or performance below the gates), else 0.</summary>
    public int ExitCode => Alert.Level == AlertLevel.Red ? ExitCodes.CheckFailed : ExitCodes.Ok;
}
