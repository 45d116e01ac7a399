namespace CiCd.Errors;

/// <summary>
/// An error meant for the user: its message names the file, line or field and what was expected,
/// and it carries the exit code the command line maps it to.
/// </summary>
public class MlopsException : Exception
{
    /// <summary>Creates an error with a user-facing message and an exit code.</summary>
    public MlopsException(string message, int exitCode = ExitCodes.InputError, Exception? inner = null)
        : base(message, inner) => ExitCode = exitCode;

    /// <summary>The process exit code for this failure.</summary>
    public int ExitCode { get; }
}
