using System.CommandLine;
using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Pipeline.Release;
using Spectre.Console;

namespace CiCd.Cli.Commands.Release;

/// <summary>`mlops release version`: the next vX.Y.Z for this commit (release.version in mlops.yaml + one past the highest tag).</summary>
internal static class ReleaseVersionCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var config = CommonOptions.Config();
        var commit = new Option<string?>("--commit") { Description = "The commit to release (default: GITHUB_SHA, else HEAD)." };
        var output = new Option<string?>("--out", "-o") { Description = "Also write the plan as JSON to this file." };
        var json = CommonOptions.Json();
        var command = new Command("version", "Print the version this commit is released as, counted from the vX.Y.Z tags.") { config, commit, output, json };
        command.SetAction(parse =>
        {
            var plan = new ReleaseStage(ConfigLoader.Load(parse.GetRequiredValue(config))).Plan(parse.GetValue(commit));
            if (parse.GetValue(output) is { } file)
            {
                JsonReport.Write(file, plan);
            }
            console.WriteLine(parse.GetValue(json)
                ? JsonReport.Serialize(plan)
                : $"{plan.Tag} ({(plan.AlreadyTagged ? "already tagged on this commit" : plan.Previous is null ? "first of the " + plan.Prefix + " series" : "after " + plan.Previous)}); candidate {plan.Candidate}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
