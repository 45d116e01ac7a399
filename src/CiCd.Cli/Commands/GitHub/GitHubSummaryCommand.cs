using System.CommandLine;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.GitHub.Summaries;
using Spectre.Console;

namespace CiCd.Cli.Commands.GitHub;

/// <summary>`mlops github summary`: appends reports to the step's job summary, within GitHub's 1 MiB limit.</summary>
internal static class GitHubSummaryCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var files = new Argument<string[]>("files") { Description = "Markdown files to append, in order (missing ones are skipped).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("summary", "Append Markdown reports to GITHUB_STEP_SUMMARY, cut to GitHub's 1 MiB per-step limit.") { files };
        command.SetAction(parse =>
        {
            var summary = Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY");
            if (string.IsNullOrEmpty(summary))
            {
                console.WriteLine("GITHUB_STEP_SUMMARY is not set (not on GitHub Actions): nothing appended");
                return ExitCodes.Ok;
            }
            foreach (var path in parse.GetRequiredValue(files))
            {
                if (!File.Exists(path))
                {
                    console.WriteLine($"{path}: not written by this run, skipped");
                    continue;
                }
                var result = JobSummary.Append(summary, File.ReadAllText(path));
                console.WriteLine($"{path}: {Counted.Of(result.BytesWritten, "byte")} appended to the job summary{(result.Truncated ? " (truncated)" : "")}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
