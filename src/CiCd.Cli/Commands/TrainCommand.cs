using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Reports;
using CiCd.Train;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>`mlops train`: cross-validates the candidates, selects, refits, tests and writes the model and its card.</summary>
internal static class TrainCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var config = CommonOptions.Config();
        var output = CommonOptions.Out("out/train");
        var json = CommonOptions.Json();
        var noCache = new Option<bool>("--no-cache") { Description = "Train even when a cached run with the same inputs exists." };
        var cacheFolder = new Option<string>("--cache") { Description = "Stage cache folder.", DefaultValueFactory = _ => ".mlops/cache/train" };
        var command = new Command("train", "Train the candidates in mlops.yaml, select one by cross-validation and test it on the held-out split.")
        {
            config, output, json, noCache, cacheFolder,
        };
        command.SetAction(parse =>
        {
            var asJson = parse.GetValue(json);
            var options = new TrainingOptions(parse.GetRequiredValue(output), parse.GetRequiredValue(cacheFolder), !parse.GetValue(noCache));
            var pipeline = new TrainingPipeline(ConfigLoader.Load(parse.GetRequiredValue(config)), options, asJson ? null : new TrainingProgressPrinter(console));
            var result = pipeline.Run();
            if (asJson)
            {
                console.WriteLine(JsonReport.Serialize(result));
            }
            else
            {
                TrainingRenderer.Render(console, result, JsonReport.Read<ModelCard>(result.CardPath));
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
