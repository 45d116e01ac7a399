namespace CiCd.Errors;

/// <summary>Unreadable or malformed input (a file, a line, a field): exit code 2.</summary>
public sealed class InputException : MlopsException
{
    /// <summary>Creates an input error located at a file and, when known, a line and column.</summary>
    public InputException(string file, int? line, int? column, string problem, Exception? inner = null)
        : base(Format(file, line, column, problem), ExitCodes.InputError, inner)
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>Creates an input error that is not tied to a position in a file.</summary>
    public InputException(string problem, Exception? inner = null)
        : base(problem, ExitCodes.InputError, inner)
    {
        File = "";
        Problem = problem;
    }

    /// <summary>The file the problem was found in (empty when none).</summary>
    public string File { get; }

    /// <summary>The 1-based line, when known.</summary>
    public int? Line { get; }

    /// <summary>The 1-based column, when known.</summary>
    public int? Column { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Format(string file, int? line, int? column, string problem) =>
        (line, column) switch
        {
            (null, _) => $"{file}: {problem}",
            (_, null) => $"{file}:{line}: {problem}",
            _ => $"{file}:{line}:{column}: {problem}",
        };
}
