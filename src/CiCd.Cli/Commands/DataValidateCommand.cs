using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Storage;
using CiCd.Validate;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>`mlops data validate`: runs the schema and rules, writes JSON and Markdown, exits 1 when an error rule fails.</summary>
internal static class DataValidateCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var config = CommonOptions.Config();
        var data = new Option<string?>("--data", "-d") { Description = "Validate this file instead of the configured dataset path." };
        var output = CommonOptions.Out("out/validate");
        var json = CommonOptions.Json();
        var command = new Command("validate", "Check a data file against the schema and rules in mlops.yaml.") { config, data, output, json };
        command.SetAction(parse =>
        {
            var report = DataValidator.Validate(ConfigLoader.Load(parse.GetRequiredValue(config)), parse.GetValue(data));
            var folder = parse.GetRequiredValue(output);
            JsonReport.Write(Path.Combine(folder, "validation.json"), report);
            AtomicFile.WriteAllText(Path.Combine(folder, "validation.md"), ValidationMarkdown.Render(report));
            if (parse.GetValue(json))
            {
                console.WriteLine(JsonReport.Serialize(report));
            }
            else
            {
                ValidationRenderer.Render(console, report);
            }
            return report.Passed ? ExitCodes.Ok : ExitCodes.CheckFailed;
        });
        return command;
    }
}
