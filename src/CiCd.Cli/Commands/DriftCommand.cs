using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.Configuration;
using CiCd.Formats;
using CiCd.Pipeline.Drift;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>`mlops drift`: compares current data (a CSV or prediction-log windows) with the model's reference; exits 1 on red.</summary>
internal static class DriftCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var config = CommonOptions.Config();
        var reference = new Option<string>("--reference") { Description = "The reference: a reference-profile.json or the training output folder.", DefaultValueFactory = _ => "out/train" };
        var model = new Option<string?>("--model") { Description = "Take the reference of a registered model instead: <name>@<alias or version>." };
        var current = new Option<string?>("--current") { Description = "Current data: a CSV with the feature columns (p_<class> columns add prediction drift)." };
        var log = new Option<string?>("--log")
        {
            Description = "Current data: the prediction log, a SQLite file or a postgresql://user@host:port/db URI (password from PGPASSWORD or a password file). " +
                "Labels stored with `mlops labels import` add performance.",
        };
        var window = new Option<string?>("--window") { Description = "With --log: drift per window of this size (1h, 1d, 1w), abrupt changes flagged." };
        var since = new Option<string?>("--since") { Description = "With --log: only predictions from this ISO-8601 time (UTC) on; windows start here." };
        var until = new Option<string?>("--until") { Description = "With --log: only predictions before this ISO-8601 time (UTC)." };
        var labels = new Option<string?>("--labels")
        {
            Description = "Delayed labels: a CSV keyed by request_id (log) or row (CSV) with a label column, a class or a regression's number (instead of the labels stored in the log).",
        };
        var output = CommonOptions.Out("out/drift");
        var json = CommonOptions.Json();
        var command = new Command("drift", "Compare current data with the model's reference: feature and prediction drift, drift over time, performance on delayed labels.")
        {
            config, reference, model, current, log, window, since, until, labels, output, json,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetRequiredValue(output);
            var outcome = new DriftStage(ConfigLoader.Load(parse.GetRequiredValue(config))).Run(new DriftRequest
            {
                Reference = parse.GetRequiredValue(reference),
                Model = parse.GetValue(model),
                Current = parse.GetValue(current),
                Log = parse.GetValue(log),
                Window = parse.GetValue(window),
                Since = parse.GetValue(since),
                Until = parse.GetValue(until),
                Labels = parse.GetValue(labels),
                OutputFolder = folder,
            });
            if (parse.GetValue(json))
            {
                // Straight to the writer: the console would wrap long strings at its width and break the JSON.
                console.Profile.Out.Writer.WriteLine(JsonReport.Serialize(outcome.Report));
            }
            else
            {
                DriftRenderer.Render(console, outcome.Report, folder);
            }
            return outcome.Report.ExitCode;
        });
        return command;
    }
}
