using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Tracking.Queries;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>`mlops runs list`: the newest runs, filtered by experiment, tags and metric conditions.</summary>
internal static class RunsListCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var experiment = new Option<string?>("--experiment", "-e") { Description = "Only runs of this experiment (the dataset name)." };
        var tags = new Option<string[]>("--tag") { Description = "Only runs with this tag value, as name=value; repeatable." };
        var metrics = new Option<string[]>("--metric") { Description = "Only runs whose metric meets the condition, e.g. \"roc_auc>=0.8\"; repeatable." };
        var limit = new Option<int>("--limit", "-n") { Description = "At most this many runs, newest first.", DefaultValueFactory = _ => 20 };
        var tracking = CommonOptions.Tracking();
        var json = CommonOptions.Json();
        var command = new Command("list", "List runs, newest first.") { experiment, tags, metrics, limit, tracking, json };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(limit);
            if (count < 1)
            {
                throw new InputException($"--limit must be at least 1, got {count}");
            }
            var query = new RunQuery
            {
                Experiment = parse.GetValue(experiment),
                Tags = (parse.GetValue(tags) ?? []).Select(TagFilter.Parse).ToList(),
                Metrics = (parse.GetValue(metrics) ?? []).Select(MetricCondition.Parse).ToList(),
                Limit = count,
            };
            using var store = CommonOptions.OpenExisting(CommonOptions.TrackingLocationOf(parse.GetValue(tracking)));
            var runs = store.ListRuns(query);
            if (parse.GetValue(json))
            {
                console.WriteLine(JsonReport.Serialize(runs));
            }
            else
            {
                RunListRenderer.Render(console, runs, query, store.Description);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
