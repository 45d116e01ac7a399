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

    /// <summary>
    /// Something mlops did not expect (a bug, not the input): one line says what; <c>MLOPS_DEBUG=1</c> adds the stack trace.
    /// 70 is EX_SOFTWARE of sysexits.h, so a script can tell it from the codes above.
    /// </summary>
    public const int Unexpected = 70;
}
