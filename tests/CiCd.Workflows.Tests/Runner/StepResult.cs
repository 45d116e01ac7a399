namespace CiCd.Workflows.Tests.Runner;

/// <summary>What one `mlops` step printed and how it exited.</summary>
public sealed record StepResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";
}
