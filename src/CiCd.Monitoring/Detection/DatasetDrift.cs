using CiCd.Errors;
using CiCd.Monitoring.Alerts;

namespace CiCd.Monitoring.Detection;

/// <summary>The drift verdict for a whole dataset: per-column results, the drifted share and the overall alert.</summary>
public sealed record DatasetDrift
{
    /// <summary>One result per reference column, in reference order.</summary>
    public required IReadOnlyList<ColumnDrift> Columns { get; init; }

    /// <summary>Columns that were tested.</summary>
    public required int TestedCount { get; init; }

    /// <summary>Tested columns that drifted.</summary>
    public required int DriftedCount { get; init; }

    /// <summary>DriftedCount / TestedCount (0 when nothing was tested).</summary>
    public required double DriftShare { get; init; }

    /// <summary>The policy's share: dataset drift when <see cref="DriftShare"/> ≥ it.</summary>
    public required double DriftShareThreshold { get; init; }

    /// <summary>True when the drifted share reached the threshold.</summary>
    public required bool DatasetDrifted { get; init; }

    /// <summary>Current columns the reference does not know (reported, not tested).</summary>
    public IReadOnlyList<string> ExtraColumns { get; init; } = [];

    /// <summary>True when the whole current sample is below <c>drift.min_current_sample</c>; the overall alert says so once.</summary>
    public bool SampleTooSmall { get; init; }

    /// <summary>The overall traffic light, message and advice.</summary>
    public required Alert Alert { get; init; }

    /// <summary>Exit code for `mlops drift`: 1 on red (dataset drift), 0 on green or amber.</summary>
    public int ExitCode => Alert.Level == AlertLevel.Red ? ExitCodes.CheckFailed : ExitCodes.Ok;
}
