using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Pipeline.Validate;
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
            var report = new ValidateStage(ConfigLoader.Load(parse.GetRequiredValue(config))).Run(parse.GetValue(data), parse.GetRequiredValue(output));
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
