using System.Globalization;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Pipeline.Train;
using CiCd.Train.Shards;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>
/// The sharded side of `mlops train`, rendered: `--plan` (how CI should split the search), `--shard I/N` (one slice of
/// the work units into a shard file). `--merge` goes through the normal train stage with <see cref="TrainRequest.MergeFrom"/>.
/// </summary>
internal static class TrainShards
{
    /// <summary>`--plan`: the matrix CI runs, as one line of JSON.</summary>
    public static int RenderPlan(IAnsiConsole console, ShardPlan plan)
    {
        // One line, so a workflow step can append it to $GITHUB_OUTPUT as is.
        console.Profile.Out.Writer.WriteLine(JsonReport.Serialize(plan).ReplaceLineEndings("").Replace("  ", "", StringComparison.Ordinal));
        return ExitCodes.Ok;
    }

    /// <summary>`--shard I/N`: what the slice trained and where its shard file is.</summary>
    public static int Render(IAnsiConsole console, ShardRun run, bool asJson)
    {
        if (asJson)
        {
            console.WriteLine(JsonReport.Serialize(run));
            return ExitCodes.Ok;
        }
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"shard {run.Shard}/{run.Shards}: {run.Units} of {Counted.Of(run.TotalUnits, "unit")} in {run.Seconds:F1} s → {Markup.Escape(run.File)}"));
        return ExitCodes.Ok;
    }
}
