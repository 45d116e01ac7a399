using System.CommandLine;
using System.Globalization;
using CiCd.Cli.Rendering;
using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Monitoring.Log;
using CiCd.Pipeline.Snapshot;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>
/// `mlops data snapshot`: the next training set from the base data and the labelled production rows of a log window,
/// validated and fingerprinted, with its provenance in FILE.provenance.json. Nothing is written when validation fails.
/// </summary>
internal static class DataSnapshotCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var config = CommonOptions.Config();
        var baseData = new Option<string>("--base") { Description = "The training data the snapshot starts from (CSV).", Required = true };
        var log = new Option<string>("--log") { Description = "The prediction log with its delayed labels: a SQLite file or a postgresql://user@host:port/db URI (password from PGPASSWORD or a password file).", Required = true };
        var labelsOnly = new Option<bool>("--labels-only") { Description = "Take only predictions with a delayed label (required: a prediction is not a label)." };
        var since = new Option<string>("--since") { Description = "Predictions from this ISO-8601 time (UTC) on.", Required = true };
        var until = new Option<string?>("--until") { Description = "Predictions before this ISO-8601 time (UTC)." };
        var output = new Option<string>("--out", "-o") { Description = "The snapshot CSV; its provenance goes to FILE.provenance.json.", Required = true };
        var json = CommonOptions.Json();
        var command = new Command("snapshot", "Build the next training set: base rows plus labelled production rows, deduplicated, validated, fingerprinted.")
        {
            config, baseData, log, labelsOnly, since, until, output, json,
        };
        command.SetAction(parse =>
        {
            if (!parse.GetValue(labelsOnly))
            {
                throw new InputException("--labels-only is required: only predictions with a delayed label become training rows");
            }
            var reader = new PredictionLogReader(PredictionLogLocation.Parse(parse.GetRequiredValue(log), "--log", commandLine: true));
            var outPath = parse.GetRequiredValue(output);
            var stage = new SnapshotStage(ConfigLoader.Load(parse.GetRequiredValue(config)));
            var request = new SnapshotRequest(parse.GetRequiredValue(baseData), reader, reader,
                Time(parse.GetRequiredValue(since), "--since"), parse.GetValue(until) is { } end ? Time(end, "--until") : null, outPath);
            var (validation, provenance, written) = stage.Run(request);
            if (!written)
            {
                ValidationRenderer.Render(console, validation);
                console.WriteLine($"{outPath}: not written, the snapshot fails validation");
                return ExitCodes.CheckFailed;
            }
            console.WriteLine(parse.GetValue(json) ? JsonReport.Serialize(provenance)
                : $"{outPath}: {Counted.Of(provenance.Rows, "row")} ({provenance.Base.Rows} base + {provenance.Production.Added} labelled production, " +
                  $"{Counted.Of(provenance.Production.Duplicates, "duplicate")} dropped), fingerprint {provenance.Fingerprint}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static DateTimeOffset Time(string text, string option) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : throw new InputException($"{option}: '{text}' is not an ISO-8601 time such as 2026-11-24 or 2026-11-24T06:00:00Z");
}
