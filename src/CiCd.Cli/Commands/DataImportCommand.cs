using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.Data.Arff;
using CiCd.Errors;
using CiCd.Reports;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>`mlops data import`: converts a Weka ARFF file to CSV and proposes column kinds.</summary>
internal static class DataImportCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var arff = new Argument<string>("arff") { Description = "The ARFF file to import." };
        var output = new Option<string>("--out", "-o") { Description = "The CSV file to write.", Required = true };
        var json = CommonOptions.Json();
        var command = new Command("import", "Convert an ARFF file (e.g. Weka's credit-g.arff) to CSV.") { arff, output, json };
        command.SetAction(parse =>
        {
            var result = ArffImporter.Import(parse.GetRequiredValue(arff), parse.GetRequiredValue(output));
            if (parse.GetValue(json))
            {
                console.WriteLine(JsonReport.Serialize(result));
            }
            else
            {
                ImportRenderer.Render(console, result);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
