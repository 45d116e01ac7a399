using System.Diagnostics;

namespace CiCd.Workflows.Tests.Runner;

/// <summary>
/// The variables a GitHub-hosted runner gives a step (GITHUB_SHA, GITHUB_REF_NAME, GITHUB_EVENT_PATH,
/// GITHUB_STEP_SUMMARY, …), and a way to run `mlops` as that step in a work folder.
/// </summary>
public sealed class RunnerEnvironment(string workspace, GitHubApiServer github)
{
    private static readonly string Mlops = Path.Combine(AppContext.BaseDirectory, "mlops.dll");

    public string Workspace { get; } = workspace;

    public string EventName { get; set; } = "push";

    public string RefName { get; set; } = "developer";

    public string Sha { get; set; } = new('0', 40);

    /// <summary>What the workflow step adds through its own <c>env:</c>.</summary>
    public Dictionary<string, string> StepEnv { get; } = [];

    public string EventPath => Path.Combine(Workspace, ".runner", "event.json");

    public string StepSummary => Path.Combine(Workspace, ".runner", "step-summary.md");

    public void WriteEvent(string json)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(EventPath)!);
        File.WriteAllText(EventPath, json);
    }

    public IReadOnlyDictionary<string, string> Variables() => new Dictionary<string, string>
    {
        ["CI"] = "true",
        ["GITHUB_ACTIONS"] = "true",
        ["GITHUB_API_URL"] = github.Url,
        ["GITHUB_SERVER_URL"] = "https://github.example.test",
        ["GITHUB_REPOSITORY"] = CiCd.GitHub.Tests.Fakes.FakeGitHub.Repository,
        ["GITHUB_TOKEN"] = CiCd.GitHub.Tests.Fakes.FakeGitHub.Token,
        ["GITHUB_RUN_ID"] = "4242",
        ["GITHUB_SHA"] = Sha,
        ["GITHUB_REF_NAME"] = RefName,
        ["GITHUB_EVENT_NAME"] = EventName,
        ["GITHUB_EVENT_PATH"] = EventPath,
        ["GITHUB_STEP_SUMMARY"] = StepSummary,
        ["GITHUB_WORKSPACE"] = Workspace,
    };

    /// <summary>Runs `mlops` with <paramref name="arguments"/> in the workspace, as a step would.</summary>
    public StepResult Run(params string[] arguments)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(StepSummary)!);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Workspace,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Mlops);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("GITHUB_", StringComparison.Ordinal) || k == "MLOPS_ON_DRIFT").ToList())
        {
            start.Environment.Remove(name);
        }
        foreach (var (name, value) in Variables().Concat(StepEnv))
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"mlops {string.Join(' ', arguments)} did not finish in 3 minutes");
        }
        return new StepResult(process.ExitCode, output.Result, error.Result);
    }
}
