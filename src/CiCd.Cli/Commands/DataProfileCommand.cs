using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.Configuration;
using CiCd.Data.Profiling;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Reporting.Profile;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>`mlops data profile`: the exploratory report of a data file (profile.html, profile.json, profile.md).</summary>
internal static class DataProfileCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var config = CommonOptions.Config();
        var data = new Option<string?>("--data", "-d") { Description = "Profile this file (with --target: without a config; else under the config's schema)." };
        var target = new Option<string?>("--target", "-t") { Description = "The target column of --data; every kind is then inferred." };
        var baseline = new Option<string?>("--baseline") { Description = "A profile.json to compare with in summary.md (the production version's)." };
        var output = CommonOptions.Out("out/profile");
        var json = CommonOptions.Json();
        var command = new Command("profile", "Profile a data file: columns, distributions, relations with the target, correlations and alerts.")
        {
            config, data, target, baseline, output, json,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(data);
            var column = parse.GetValue(target);
            var input = column is null
                ? ProfileSource.FromConfig(ConfigLoader.Load(parse.GetRequiredValue(config)).Dataset, file)
                : ProfileSource.FromFile(file ?? throw new MlopsException("--target needs --data: the file whose target it names"), column);
            // Read before the work, so a bad baseline fails fast.
            var before = parse.GetValue(baseline) is { } baselineFile ? JsonReport.Read<DataProfile>(baselineFile) : null;
            var quiet = parse.GetValue(json);
            var profile = ReportedLevels.Of(DataProfiler.Profile(input, progress: quiet ? null : new ProfileProgressPrinter(console)));
            ProfileFiles.Write(parse.GetRequiredValue(output), profile, before);
            if (quiet)
            {
                console.WriteLine(JsonReport.Serialize(profile));
            }
            else
            {
                ProfileRenderer.Render(console, profile, parse.GetRequiredValue(output));
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
