using System.CommandLine;
using CiCd.Configuration;
using CiCd.Errors;
using CiCd.GitHub.Issues;
using CiCd.GitHub.PullRequests;
using CiCd.GitHub.Workflows;
using Spectre.Console;

namespace CiCd.Cli.Commands.GitHub;

/// <summary>`mlops github drift-alert`: after a red drift check, opens (or updates) the drift issue or dispatches retraining.</summary>
internal static class GitHubDriftAlertCommand
{
    /// <summary>The hidden key of the one open drift issue.</summary>
    public static CommentMarker Marker { get; } = new("cicd-drift");

    public static Command Create(IAnsiConsole console)
    {
        var config = CommonOptions.Config();
        var report = new Option<string>("--report") { Description = "The drift report (Markdown).", DefaultValueFactory = _ => "out/drift/drift.md" };
        var onDrift = new Option<string>("--on-drift")
        {
            Description = "issue, retrain, or config (monitor.on_drift in mlops.yaml). Default: $MLOPS_ON_DRIFT, else config.",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("MLOPS_ON_DRIFT") is { Length: > 0 } value ? value : "config",
        };
        onDrift.AcceptOnlyFromAmong("config", "issue", "retrain");
        var command = new Command("drift-alert", "React to drift over the policy as configured: open or update one issue, or dispatch the CI workflow to retrain.")
        {
            config, report, onDrift,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var loaded = ConfigLoader.Load(parse.GetRequiredValue(config));
            var response = parse.GetRequiredValue(onDrift) switch
            {
                "issue" => DriftResponse.Issue,
                "retrain" => DriftResponse.Retrain,
                _ => loaded.Monitor.OnDrift,
            };
            var markdown = MarkdownFile.Read(parse.GetRequiredValue(report));
            using var session = GitHubSession.FromEnvironment();
            if (response == DriftResponse.Retrain)
            {
                await new WorkflowDispatcher(session.Client)
                    .DispatchAsync(loaded.Monitor.RetrainWorkflow, loaded.Monitor.RetrainBranch, new Dictionary<string, string>(), cancel).ConfigureAwait(false);
                console.WriteLine($"drift: dispatched {loaded.Monitor.RetrainWorkflow} on {loaded.Monitor.RetrainBranch} to retrain");
                return ExitCodes.Ok;
            }
            var issue = await new IssueTracker(session.Client)
                .UpsertAsync(Marker, $"Drift detected: {loaded.Registry.Model}", markdown, "drift", cancel).ConfigureAwait(false);
            console.WriteLine($"drift: issue #{issue.Number} {(issue.Created ? "opened" : "updated")} {issue.Url}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
