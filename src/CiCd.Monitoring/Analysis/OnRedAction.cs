namespace CiCd.Monitoring.Analysis;

/// <summary>What the monitor does on red (<see cref="DriftReport.OnRed"/>, monitor.on_drift), as a sentence can say it.</summary>
public static class OnRedAction
{
    /// <summary>"open (or update) the drift issue" for <c>issue</c>, "dispatch the retraining workflow" for <c>retrain</c>.</summary>
    public static string Describe(string onRed) => onRed switch
    {
        "issue" => "open (or update) the drift issue",
        "retrain" => "dispatch the retraining workflow",
        _ => onRed,
    };
}
