namespace CiCd.Configuration;

/// <summary>What the monitor workflow does when drift is over the policy.</summary>
public enum DriftResponse
{
    /// <summary>Open (or update) one drift issue for people to decide.</summary>
    Issue,

    /// <summary>Dispatch the CI workflow on the retrain branch, which trains and gates a new candidate.</summary>
    Retrain,
}
