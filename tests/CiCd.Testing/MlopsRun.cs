using System.Text.Json;

namespace CiCd.Testing;

/// <summary>The exit code and the two output streams of one in-process <c>mlops</c> run.</summary>
public sealed record MlopsRun(int ExitCode, string Output, string Error)
{
    /// <summary>Standard output parsed as JSON (for --json runs), into an element that outlives its document.</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Output);
        return document.RootElement.Clone();
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
