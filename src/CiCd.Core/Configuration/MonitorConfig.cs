namespace CiCd.Configuration;

/// <summary>The scheduled drift check's reaction to red.</summary>
/// <param name="OnDrift">Open an issue or retrain.</param>
/// <param name="RetrainWorkflow">The workflow file dispatched to retrain.</param>
/// <param name="RetrainBranch">The branch that workflow runs on.</param>
public sealed record MonitorConfig(DriftResponse OnDrift, string RetrainWorkflow, string RetrainBranch)
{
    /// <summary>Used when mlops.yaml has no <c>monitor</c> section: an issue, never an unattended retrain.</summary>
    public static MonitorConfig Default { get; } = new(DriftResponse.Issue, "retrain.yml", "developer");

    /// <summary>
    /// Performance gates on labelled production rows (<c>monitor.performance</c>, bounds inclusive): a window below one
    /// turns the light red. Empty: the training gate thresholds are used.
    /// </summary>
    public IReadOnlyList<ThresholdRule> Performance { get; init; } = [];
}
