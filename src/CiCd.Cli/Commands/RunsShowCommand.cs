using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.Errors;
using CiCd.Formats;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>`mlops runs show`: everything recorded about one run.</summary>
internal static class RunsShowCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var runId = new Argument<string>("run") { Description = "The run id." };
        var tracking = CommonOptions.Tracking();
        var json = CommonOptions.Json();
        var command = new Command("show", "Show one run: provenance, params, metrics (with fold series), tags and artefacts.") { runId, tracking, json };
        command.SetAction(parse =>
        {
            using var store = CommonOptions.OpenExisting(CommonOptions.TrackingLocationOf(parse.GetValue(tracking)));
            var run = store.GetRun(parse.GetRequiredValue(runId));
            if (parse.GetValue(json))
            {
                console.WriteLine(JsonReport.Serialize(run));
            }
            else
            {
                RunDetailsRenderer.Render(console, run);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
