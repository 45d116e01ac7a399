using System.Text.RegularExpressions;

namespace CiCd.Workflows.Tests.Model;

/// <summary>
/// How a privileged job gets `mlops`: it checks the artifact against sha256 sums that came as another job's output, then
/// installs the package from that folder alone at the exact version. This is the one `dotnet` call such a job may make.
/// </summary>
public static partial class VerifiedTool
{
    public static bool IsInstallStep(WorkflowStep step) => step.Run?.Contains("dotnet tool install", StringComparison.Ordinal) == true;

    /// <summary>Why <paramref name="step"/> is not a verified install, or null when it is one.</summary>
    public static string? Problem(WorkflowJob job, WorkflowStep step)
    {
        var lines = (step.Run ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var check = Array.FindIndex(lines, l => SumsCheck().IsMatch(l));
        var install = Array.FindIndex(lines, l => l.StartsWith("dotnet tool install", StringComparison.Ordinal));
        if (check < 0 || install < check)
        {
            return "the install does not follow `printf '%s\\n' \"$SHA256SUMS\" | sha256sum --check --strict`";
        }
        if (!Install().IsMatch(lines[install]))
        {
            return $"`{lines[install]}` must install CiCd.Mlops at --version \"$TOOL_VERSION\" from --source packages (no other feed)";
        }
        // The sums come from a job this one needs, as an output: not from the artifact they check.
        var sums = step.Env.GetValueOrDefault("SHA256SUMS") ?? "";
        var version = step.Env.GetValueOrDefault("TOOL_VERSION") ?? "";
        return job.Needs.Any(n => sums == $"${{{{ needs.{n}.outputs.sha256sums }}}}" && version == $"${{{{ needs.{n}.outputs.version }}}}")
            ? null
            : $"SHA256SUMS and TOOL_VERSION must be outputs of a job {job.Id} needs, not {sums} / {version}";
    }

    [GeneratedRegex(@"^printf '%s\\n' ""\$SHA256SUMS"" \| sha256sum --check --strict$")]
    private static partial Regex SumsCheck();

    [GeneratedRegex(@"^dotnet tool install CiCd\.Mlops --version ""\$TOOL_VERSION"" --source packages --tool-path ""\$RUNNER_TEMP/mlops""$")]
    private static partial Regex Install();
}
