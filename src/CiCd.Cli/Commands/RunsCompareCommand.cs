using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Tracking.Queries;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>`mlops runs compare`: two or more runs' params and metrics side by side.</summary>
internal static class RunsCompareCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var runIds = new Argument<string[]>("runs") { Description = "Two or more run ids.", Arity = ArgumentArity.OneOrMore };
        var tracking = CommonOptions.Tracking();
        var json = CommonOptions.Json();
        var differing = new Option<bool>("--diff") { Description = "Show only the rows where the runs differ." };
        var command = new Command("compare", "Compare runs side by side: params and metrics, differences highlighted.") { runIds, tracking, differing, json };
        command.SetAction(parse =>
        {
            using var store = CommonOptions.OpenExisting(CommonOptions.TrackingLocationOf(parse.GetValue(tracking)));
            var comparison = new RunComparer(store).Compare(parse.GetRequiredValue(runIds));
            if (parse.GetValue(json))
            {
                console.WriteLine(JsonReport.Serialize(comparison));
            }
            else
            {
                RunComparisonRenderer.Render(console, comparison, parse.GetValue(differing));
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
