using System.CommandLine;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.GitHub.PullRequests;
using Spectre.Console;

namespace CiCd.Cli.Commands.GitHub;

/// <summary>`mlops github comment`: puts a report on the pull request as one comment, edited in place on every run.</summary>
internal static class GitHubCommentCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var files = new Option<string[]>("--file", "-f")
        {
            Description = "Markdown reports to post, in order; missing ones are left out (none at all posts a 'no report' notice).",
            DefaultValueFactory = _ => ["out/report/summary.md"],
            AllowMultipleArgumentsPerToken = true,
        };
        var marker = new Option<string>("--marker") { Description = "Hidden key that identifies this comment among the others.", DefaultValueFactory = _ => CommentMarker.Report.Key };
        var json = CommonOptions.Json();
        var command = new Command("comment", "Create or update the pull request's report comment (found by a hidden marker; never duplicated).") { files, marker, json };
        command.SetAction(async (parse, cancel) =>
        {
            using var session = GitHubSession.FromEnvironment();
            var pull = session.Context.EventPath is { } path ? PullRequestEvent.Read(path) : null;
            if (pull is null)
            {
                console.WriteLine($"not a pull-request event ({session.Context.EventName ?? "no GITHUB_EVENT_PATH"}): no comment");
                return ExitCodes.Ok;
            }
            if (pull.FromFork)
            {
                // A fork's token is read-only: the job summary carries the report instead.
                console.WriteLine($"pull request #{pull.Number} comes from the fork {pull.HeadRepository}: no comment (see the job summary)");
                return ExitCodes.Ok;
            }
            var reports = parse.GetRequiredValue(files).Where(File.Exists).Select(File.ReadAllText).ToList();
            var markdown = ReportComment.Compose(reports, session.Context.RunUrl, session.Context.Sha);
            var result = await new PullRequestComments(session.Client)
                .UpsertAsync(pull.Number, new CommentMarker(parse.GetRequiredValue(marker)), markdown, cancel).ConfigureAwait(false);
            console.WriteLine(parse.GetValue(json)
                ? JsonReport.Serialize(result)
                : $"pull request #{pull.Number}: comment {result.Id} {result.Outcome.ToString().ToLowerInvariant()}{(result.Truncated ? " (truncated)" : "")} {result.Url}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
