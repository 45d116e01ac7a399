namespace CiCd.Configuration;

/// <summary>What a failed validation rule does: an error fails the stage, a warning is reported only.</summary>
public enum Severity
{
    /// <summary>The stage fails (exit code 1).</summary>
    Error,

    /// <summary>Reported, the stage still passes.</summary>
    Warning,
}
