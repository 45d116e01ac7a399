using System.CommandLine;
using Spectre.Console;

namespace CiCd.Cli.Commands.GitHub;

/// <summary>`mlops github`: what the workflows tell GitHub — the pull-request comment, the job summary, drift alerts.</summary>
internal static class GitHubCommand
{
    public static Command Create(IAnsiConsole console) =>
        new("github", "Talk to GitHub from a workflow: pull-request comment, job summary, drift alert (REST API, GITHUB_TOKEN).")
        {
            GitHubCommentCommand.Create(console),
            GitHubSummaryCommand.Create(console),
            GitHubDriftAlertCommand.Create(console),
        };
}
