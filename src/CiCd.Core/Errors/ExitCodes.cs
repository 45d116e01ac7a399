namespace CiCd.Errors;

/// <summary>Process exit codes: part of every command's interface.</summary>
public static class ExitCodes
{
    /// <summary>The command did what it was asked and every check passed.</summary>
    public const int Ok = 0;

    /// <summary>A check failed: a gate, a validation rule with severity error, or drift over the policy.</summary>
    public const int CheckFailed = 1;

    /// <summary>Bad usage or unreadable input: nothing was decided.</summary>
    public const int InputError = 2;
}
