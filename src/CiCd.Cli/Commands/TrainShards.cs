using System.Globalization;
using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Train;
using CiCd.Train.Shards;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>
/// The sharded side of `mlops train`: `--plan` (how CI should split the search), `--shard I/N` (one slice of the work
/// units into a shard file). `--merge` goes through the normal train stage with <see cref="TrainingOptions.MergeFrom"/>.
/// </summary>
internal static class TrainShards
{
    /// <summary>`--plan`: the matrix CI runs, from `training.shards` (one job when it is 1).</summary>
    public static int Plan(IAnsiConsole console, MlopsConfig config)
    {
        var units = SearchPlan.Expand(config).Count * config.Training.Folds;
        var plan = new ShardPlan(config.Training.Shards, units, [.. Enumerable.Range(1, config.Training.Shards)]);
        // One line, so a workflow step can append it to $GITHUB_OUTPUT as is.
        console.Profile.Out.Writer.WriteLine(JsonReport.Serialize(plan).ReplaceLineEndings("").Replace("  ", "", StringComparison.Ordinal));
        return ExitCodes.Ok;
    }

    /// <summary>`--shard I/N`: trains the slice and writes <c>train-shard-I-of-N.json</c> into the output folder.</summary>
    public static int Run(IAnsiConsole console, MlopsConfig config, TrainingOptions options, string shard, bool asJson, IProgress<TrainingProgress>? progress)
    {
        var id = ShardId.Parse(shard);
        var run = new TrainingEngine(config, options, progress).RunShard(id);
        if (asJson)
        {
            console.WriteLine(JsonReport.Serialize(run));
            return ExitCodes.Ok;
        }
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"shard {run.Shard}/{run.Shards}: {run.Units} of {run.TotalUnits} units in {run.Seconds:F1} s → {Markup.Escape(run.File)}"));
        return ExitCodes.Ok;
    }

    /// <summary>Rejects combinations that mean nothing, before any data is read.</summary>
    public static void CheckExclusive(string? shard, string[]? merge, string? reproduce)
    {
        if (shard is not null && merge is { Length: > 0 })
        {
            throw new InputException("--shard", null, null, "--shard trains one slice and --merge combines all slices: give one of them");
        }
        if (shard is not null && reproduce is not null)
        {
            throw new InputException("--shard", null, null, "--reproduce retrains a registered version whole; it cannot be sharded");
        }
    }
}
