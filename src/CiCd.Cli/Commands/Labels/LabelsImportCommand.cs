using System.CommandLine;
using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Monitoring.Labels;
using CiCd.Monitoring.Log;
using Spectre.Console;

namespace CiCd.Cli.Commands.Labels;

/// <summary>`mlops labels import FILE --log URI|PATH`: stores outcomes keyed by request id; exits 1 when some match no logged request.</summary>
internal static class LabelsImportCommand
{
    private const int ShownUnknown = 10;

    public static Command Create(IAnsiConsole console)
    {
        var file = new Argument<string>("file") { Description = "A CSV with the columns request_id and label (one of the config's classes, or a regression's observed number)." };
        var log = new Option<string>("--log")
        {
            Description = "The prediction log: a SQLite file or a postgresql://user@host:port/db URI (password from PGPASSWORD or a password file).",
            Required = true,
        };
        var config = CommonOptions.Config();
        var json = CommonOptions.Json();
        var command = new Command("import", "Store delayed outcomes in the prediction log's database; importing the same file again changes nothing.")
        {
            file, log, config, json,
        };
        command.SetAction(parse =>
        {
            var loaded = ConfigLoader.Load(parse.GetRequiredValue(config));
            var location = PredictionLogLocation.Parse(parse.GetRequiredValue(log), "--log", commandLine: true);
            if (!location.IsPostgres && !File.Exists(location.Store.Target))
            {
                throw new InputException(location.Store.Target, null, null, "prediction log not found: labels are stored next to the predictions they label");
            }
            var kind = new OutcomeKind(loaded.Dataset.Task, loaded.Dataset.Classes);
            var result = LabelImporter.Import(parse.GetRequiredValue(file), location, kind, DateTimeOffset.UtcNow);
            if (parse.GetValue(json))
            {
                console.Profile.Out.Writer.WriteLine(JsonReport.Serialize(result));
            }
            else
            {
                console.MarkupLineInterpolated($"{result.Log}: {Counted.Of(result.Added, "label")} added, {result.Changed} changed, {result.Unchanged} already stored");
                if (!result.AllKnown)
                {
                    var shown = string.Join(", ", result.UnknownRequestIds.Take(ShownUnknown));
                    var more = result.UnknownRequestIds.Count > ShownUnknown ? $" and {result.UnknownRequestIds.Count - ShownUnknown} more" : "";
                    console.MarkupLineInterpolated($"[red]{Counted.Of(result.UnknownRequestIds.Count, "request id")} {(result.UnknownRequestIds.Count == 1 ? "is" : "are")} not in the log (not stored): {shown}{more}[/]");
                }
            }
            return result.AllKnown ? ExitCodes.Ok : ExitCodes.CheckFailed;
        });
        return command;
    }
}
