using CiCd.Tracking.Queries;
using CiCd.Tracking.Runs;

namespace CiCd.Tracking.Store;

/// <summary>
/// The experiment store: runs with their params, metrics, tags and artefacts. One schema, two
/// backends (SQLite for one machine, PostgreSQL for a team). Unknown runs and bad values are
/// <see cref="CiCd.Errors.MlopsException"/>s with exit code 2; a failed write changes nothing.
/// </summary>
public interface IExperimentStore : IDisposable
{
    /// <summary>Where the store lives, safe to print (never a password).</summary>
    string Description { get; }

    /// <summary>Starts a run with status running, creating its experiment when new.</summary>
    void StartRun(NewRun run);

    /// <summary>Starts a run as <see cref="StartRun"/> does, unless the store holds a run of that id: then false, the store unchanged.</summary>
    bool TryStartRun(NewRun run);

    /// <summary>Logs params; a param is immutable, so logging another value for a name is an error.</summary>
    void LogParams(string runId, IReadOnlyDictionary<string, string> values);

    /// <summary>Logs summary metrics (no step, last value wins) and series points (with step).</summary>
    void LogMetrics(string runId, IReadOnlyList<Metric> metrics);

    /// <summary>Sets tags; a tag can be overwritten.</summary>
    void SetTags(string runId, IReadOnlyDictionary<string, string> tags);

    /// <summary>Records files the run produced (already placed in the artefact store).</summary>
    void LogArtifacts(string runId, IReadOnlyList<ArtifactEntry> artifacts);

    /// <summary>Ends a running run as finished or failed; a failed run should say why.</summary>
    void FinishRun(string runId, RunStatus status, DateTimeOffset endedAt, string? errorMessage = null);

    /// <summary>Everything about one run (`runs show`).</summary>
    RunDetails GetRun(string runId);

    /// <summary>Everything about one run, or null when the store holds no run with that id.</summary>
    RunDetails? FindRun(string runId);

    /// <summary>Runs matching the query, newest first (`runs list`).</summary>
    IReadOnlyList<RunSummary> ListRuns(RunQuery query);

    /// <summary>The names of all experiments, sorted.</summary>
    IReadOnlyList<string> ListExperiments();
}
