using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Image.Smoke;
using CiCd.Train;
using Spectre.Console;

namespace CiCd.Cli.Commands.Image;

/// <summary>`mlops image smoke`: runs the image, posts the test split, compares with in-process predictions, checks /metrics and the charts of /dashboard.</summary>
internal static class ImageSmokeCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var host = ImageEngine.HostOption();
        var image = new Argument<string>("image") { Description = "The image to test (repository:tag or ID)." };
        var config = CommonOptions.Config();
        var trainDir = new Option<string>("--train-dir") { Description = "The training run whose test split to post.", DefaultValueFactory = _ => "out/train" };
        var model = new Option<string?>("--model") { Description = "Model to compare with in process; default model.zip of --train-dir." };
        var timeout = new Option<double>("--ready-timeout") { Description = "Seconds to wait for /health/ready.", DefaultValueFactory = _ => 60 };
        var tolerance = new Option<double>("--tolerance") { Description = "Largest allowed difference of a probability (a regression model: of the predicted value).", DefaultValueFactory = _ => 1e-9 };
        var output = CommonOptions.Out("out/image");
        var json = CommonOptions.Json();
        var command = new Command("smoke", "Run the image on 127.0.0.1, wait until ready, compare its predictions on the test split with in-process ones, check /metrics and the charts of /dashboard, remove it.")
        {
            host, image, config, trainDir, model, timeout, tolerance, output, json,
        };
        command.SetAction(parse =>
        {
            var train = parse.GetRequiredValue(trainDir);
            var smokeCase = SmokeCaseLoader.Load(ConfigLoader.Load(parse.GetRequiredValue(config)),
                Path.Combine(train, TrainingFiles.Predictions), parse.GetValue(model) ?? Path.Combine(train, TrainingFiles.Model),
                Path.Combine(train, TrainingFiles.ReferenceProfile));
            var options = new SmokeOptions(parse.GetRequiredValue(image), TimeSpan.FromSeconds(parse.GetValue(timeout)), parse.GetValue(tolerance));
            var log = StageLog.For(console, parse.GetValue(json));
            return ImageEngine.Run(parse.GetValue(host), async (docker, http, cancel) =>
            {
                var report = await new SmokeRunner(docker, http, log).RunAsync(options, smokeCase, cancel);
                JsonReport.Write(Path.Combine(parse.GetRequiredValue(output), "smoke.json"), report);
                ImageRenderer.Smoke(console, report, parse.GetValue(json));
                return report.Passed ? ExitCodes.Ok : ExitCodes.CheckFailed;
            });
        });
        return command;
    }
}
