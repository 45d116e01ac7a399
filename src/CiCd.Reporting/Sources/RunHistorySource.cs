using CiCd.Configuration;
using CiCd.Metrics;
using CiCd.Reporting.Content;
using CiCd.Tracking.Queries;
using CiCd.Tracking.Store;

namespace CiCd.Reporting.Sources;

/// <summary>Reads the recent runs of an experiment from the tracking store for the runs table and the metric-by-run charts.</summary>
public static class RunHistorySource
{
    /// <summary>The metrics charted across runs, at most this many.</summary>
    public const int MaxKeyMetrics = 5;

    /// <summary>The tag training sets to the selected candidate.</summary>
    public const string SelectedTag = "selected";

    /// <summary>The runs, oldest first, or a note when there is no store to read.</summary>
    public static ReportPart<RunHistory> Read(TrackingLocation? location, string? experiment, TaskKind? task, string? primary, int limit)
    {
        if (location is null)
        {
            return ReportPart.Missing<RunHistory>("no tracking store was given");
        }
        // Opening a SQLite store creates it: a report must not leave an empty store behind where there was none.
        if (location.Backend == TrackingBackend.Sqlite && !File.Exists(location.Target))
        {
            return ReportPart.Missing<RunHistory>($"no tracking store at {location}: train with tracking on to fill the runs table");
        }
        using var store = ExperimentStoreFactory.Open(location);
        var runs = store.ListRuns(new RunQuery { Experiment = experiment, Limit = limit });
        if (runs.Count == 0)
        {
            return ReportPart.Missing<RunHistory>($"no runs{(experiment is null ? "" : $" of experiment '{experiment}'")} in {store.Description}");
        }
        var rows = runs
            .Reverse()
            .Select(r => new RunRow(r.Run.RunId, r.Run.Experiment, r.Run.Status.ToString().ToLowerInvariant(), r.Run.StartedAt,
                store.GetRun(r.Run.RunId).Tags.GetValueOrDefault(SelectedTag), r.Metrics))
            .ToList();
        return ReportPart.Of(new RunHistory(store.Description, experiment, KeyMetrics(rows, task, primary), rows));
    }

    private static List<string> KeyMetrics(List<RunRow> rows, TaskKind? task, string? primary)
    {
        var recorded = rows.SelectMany(r => r.Metrics.Keys).ToHashSet(StringComparer.Ordinal);
        IEnumerable<string> preferred = task is { } kind ? MetricCatalog.For(kind) : recorded.Where(m => !m.StartsWith("cv_", StringComparison.Ordinal));
        return [.. MetricOrder.Sort(preferred.Where(recorded.Contains), primary).Take(MaxKeyMetrics)];
    }
}
