namespace CiCd.Gate;

/// <summary>How one gate rule ended.</summary>
public enum GateOutcome
{
    /// <summary>The rule held.</summary>
    Pass,

    /// <summary>The rule failed; the candidate is not blessed.</summary>
    Fail,

    /// <summary>A champion rule with no champion to compare with: reported, not failed.</summary>
    NoChampion,
}
