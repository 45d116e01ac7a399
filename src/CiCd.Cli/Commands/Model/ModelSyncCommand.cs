using System.CommandLine;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Registry.Sharing;
using Spectre.Console;

namespace CiCd.Cli.Commands.Model;

/// <summary>
/// `mlops model sync pull|push`: the registry folder shared between jobs through a git branch, so a job on a fresh
/// runner starts from the versions and aliases earlier jobs wrote (see <see cref="RegistryBranch"/>).
/// </summary>
internal static class ModelSyncCommand
{
    /// <summary>The branch the workflows keep the registry on.</summary>
    public const string DefaultBranch = "mlops-registry";

    public static Command Create(IAnsiConsole console) =>
        new("sync", "Share the registry folder between CI jobs through a git branch (pull before, push after).")
        {
            Pull(console),
            Push(console),
        };

    private static Command Pull(IAnsiConsole console)
    {
        var options = new ModelSyncOptions();
        var command = new Command("pull", "Make the registry folder exactly the registry branch: verified, then swapped in under the registry locks; refused when unpushed local changes would be lost (nothing happens when the branch does not exist yet).");
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var (branch, root) = options.Resolve(parse);
            var result = branch.Pull(root);
            Render(console, parse.GetValue(options.Json), result, result.Commit is null
                ? $"no branch '{result.Branch}' yet: the registry in {root} starts from what is there"
                : $"registry {root} ← {result.Branch} at {result.Commit[..12]}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Push(IAnsiConsole console)
    {
        var options = new ModelSyncOptions();
        var message = new Option<string?>("--message") { Description = "The commit message (default: the workflow, run, branch and commit)." };
        var command = new Command("push", "Commit the registry folder on top of what was pulled and push it; refused when the branch moved since.") { message };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var (branch, root) = options.Resolve(parse);
            var actor = Environment.GetEnvironmentVariable("GITHUB_ACTOR") is { Length: > 0 } name ? name : Environment.UserName;
            var result = branch.Push(root, parse.GetValue(message) ?? DefaultMessage(), actor);
            Render(console, parse.GetValue(options.Json), result, result.Changed
                ? $"registry {root} → {result.Branch} at {result.Commit![..12]}"
                : $"registry {root} unchanged; nothing pushed to {result.Branch}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, bool json, SyncResult result, string line)
    {
        if (json)
        {
            console.Profile.Out.Writer.WriteLine(JsonReport.Serialize(result));
        }
        else
        {
            console.MarkupLine(Markup.Escape(line));
        }
    }

    // Says which job wrote the registry state, so the branch's log reads as an audit trail.
    private static string DefaultMessage()
    {
        var workflow = Environment.GetEnvironmentVariable("GITHUB_WORKFLOW");
        var sha = Environment.GetEnvironmentVariable("GITHUB_SHA");
        return workflow is null
            ? $"mlops registry from {Environment.UserName}@{Environment.MachineName}"
            : $"mlops registry: {workflow} run {Environment.GetEnvironmentVariable("GITHUB_RUN_ID")} on {Environment.GetEnvironmentVariable("GITHUB_REF_NAME")}"
              + (sha is { Length: >= 7 } ? $" ({sha[..7]})" : "");
    }
}
