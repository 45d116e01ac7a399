using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.Data.Arff;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Init;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>`mlops data import`: converts a Weka ARFF file to CSV, proposes column kinds and, with --config-out, writes the config.</summary>
internal static class DataImportCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var arff = new Argument<string>("arff") { Description = "The ARFF file to import." };
        var output = new Option<string>("--out", "-o") { Description = "The CSV file to write.", Required = true };
        var json = CommonOptions.Json();
        var configOut = new Option<string?>("--config-out") { Description = "Also write a complete mlops.yaml for the CSV here (as `mlops init` does); needs --target." };
        var target = InitCommand.Target();
        target.Required = false;
        var task = InitCommand.Task();
        var positive = InitCommand.Positive();
        var force = InitCommand.Force();
        var command = new Command("import", "Convert an ARFF file (e.g. Weka's credit-g.arff) to CSV.") { arff, output, json, configOut, target, task, positive, force };
        command.SetAction(parse =>
        {
            var configPath = parse.GetValue(configOut);
            if (configPath is not null && parse.GetValue(target) is null)
            {
                throw new InputException("--config-out needs --target, the label column the config is written for");
            }
            // Both files are checked before either is written: a refusal leaves the user's files as they were.
            var csvPath = parse.GetRequiredValue(output);
            ConfigInitializer.RefuseOverwrite(csvPath, parse.GetValue(force));
            if (configPath is not null)
            {
                ConfigInitializer.RefuseOverwrite(configPath, parse.GetValue(force));
            }
            var result = ArffImporter.Import(parse.GetRequiredValue(arff), csvPath);
            if (parse.GetValue(json))
            {
                console.WriteLine(JsonReport.Serialize(result));
            }
            else
            {
                ImportRenderer.Render(console, result);
            }
            if (configPath is not null)
            {
                var request = new InitRequest(Path.GetFullPath(result.Output), parse.GetValue(target)!, InitCommand.TaskOf(parse.GetValue(task)),
                    parse.GetValue(positive), Path.GetFullPath(configPath), result.DeclaredLevels());
                var written = ConfigInitializer.WriteFor(request, result.Source);
                if (!parse.GetValue(json))
                {
                    InitRenderer.Render(console, written);
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
