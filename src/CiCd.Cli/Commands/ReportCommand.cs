using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Reporting;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>`mlops report`: runs, the latest training, the gate and the champion in one HTML page, a Markdown summary and JSON.</summary>
internal static class ReportCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var config = CommonOptions.Config();
        var train = new Option<string>("--train") { Description = "The training output folder.", DefaultValueFactory = _ => "out/train" };
        var gate = new Option<string>("--gate") { Description = "The gate output folder.", DefaultValueFactory = _ => "out/gate" };
        var tracking = CommonOptions.Tracking();
        var registry = new Option<string>("--registry") { Description = "The model registry folder.", DefaultValueFactory = _ => Registry.RegistryOptions.DefaultRoot };
        var model = new Option<string?>("--model") { Description = "The registered model to compare with (default: the dataset name in the model card)." };
        var runs = new Option<int>("--runs") { Description = "How many recent runs to show.", DefaultValueFactory = _ => 50 };
        var output = CommonOptions.Out("out/report");
        var json = CommonOptions.Json();
        var command = new Command("report", "Write the run report: report.html (charts), summary.md (for pull requests and job summaries) and report.json.")
        {
            config, train, gate, tracking, registry, model, runs, output, json,
        };
        command.SetAction(parse =>
        {
            var limit = parse.GetValue(runs);
            if (limit < 1)
            {
                throw new InputException($"--runs must be at least 1, got {limit}");
            }
            var options = new ReportOptions
            {
                TrainFolder = parse.GetRequiredValue(train),
                GateFolder = parse.GetRequiredValue(gate),
                Tracking = CommonOptions.TrackingLocationOf(parse.GetValue(tracking)),
                RegistryRoot = parse.GetRequiredValue(registry),
                Model = parse.GetValue(model),
                ConfigPath = parse.GetRequiredValue(config),
                OutputFolder = parse.GetRequiredValue(output),
                RunLimit = limit,
            };
            var data = new ReportBuilder(options, TimeProvider.System).Build();
            var paths = ReportWriter.Write(options.OutputFolder, data);
            if (parse.GetValue(json))
            {
                console.WriteLine(JsonReport.Serialize(paths));
            }
            else
            {
                ReportRenderer.Render(console, data, paths);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
