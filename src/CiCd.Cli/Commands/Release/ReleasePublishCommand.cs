using System.CommandLine;
using CiCd.Cli.Commands.GitHub;
using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.GitHub.Releases;
using CiCd.Pipeline.Release;
using Spectre.Console;

namespace CiCd.Cli.Commands.Release;

/// <summary>`mlops release publish`: creates the GitHub Release (and with it the git tag), or updates its notes on a re-run.</summary>
internal static class ReleasePublishCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var config = CommonOptions.Config();
        var notes = new Option<string>("--notes") { Description = "The release notes (Markdown).", DefaultValueFactory = _ => "out/release/notes.md" };
        var commit = new Option<string?>("--commit") { Description = "The commit to tag (default: GITHUB_SHA, else HEAD)." };
        var json = CommonOptions.Json();
        var command = new Command("publish", "Create the GitHub Release vX.Y.Z at this commit with the notes (GITHUB_TOKEN needs contents: write).") { config, notes, commit, json };
        command.SetAction(async (parse, cancel) =>
        {
            var plan = new ReleaseStage(ConfigLoader.Load(parse.GetRequiredValue(config))).Plan(parse.GetValue(commit));
            var text = MarkdownFile.Read(parse.GetRequiredValue(notes));
            using var session = GitHubSession.FromEnvironment();
            var target = parse.GetValue(commit) ?? session.Context.Sha
                ?? throw new InputException("no commit to tag: pass --commit or set GITHUB_SHA");
            var result = await new GitHubReleases(session.Client).PublishAsync(plan.Tag, target, plan.Tag, text, cancel).ConfigureAwait(false);
            console.WriteLine(parse.GetValue(json)
                ? JsonReport.Serialize(result)
                : $"release {result.Tag} {(result.Created ? "created (tag created at " + target + ")" : "updated")} {result.Url}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
