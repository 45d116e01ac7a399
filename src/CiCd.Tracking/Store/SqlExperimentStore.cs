using System.Data.Common;
using CiCd.Errors;
using CiCd.Storage;
using CiCd.Tracking.Queries;
using CiCd.Tracking.Runs;
using CiCd.Tracking.Schema;

namespace CiCd.Tracking.Store;

/// <summary>
/// The experiment store in SQL shared by both engines. Every write is one transaction that first
/// checks the run exists, so a rejected write leaves the store as it was.
/// </summary>
public sealed class SqlExperimentStore : IExperimentStore
{
    private readonly IStoreBackend _backend;

    internal SqlExperimentStore(IStoreBackend backend)
    {
        _backend = backend;
        new SchemaMigrator(backend).Migrate(Migrations.Latest);
    }

    /// <inheritdoc />
    public string Description => _backend.Description;

    /// <inheritdoc />
    public void StartRun(NewRun run)
    {
        if (!TryStartRun(run))
        {
            throw new InputException($"run '{run.RunId}' already exists in the tracking store {Description}");
        }
    }

    /// <inheritdoc />
    public bool TryStartRun(NewRun run)
    {
        Require(run.RunId, "run id");
        Require(run.Experiment, "experiment name");
        var started = false;
        Write(transaction =>
        {
            if (transaction.Scalar("SELECT status FROM runs WHERE run_id = @id", ("@id", run.RunId)) is not null)
            {
                return;
            }
            transaction.Execute(
                "INSERT INTO experiments (name, created_at) VALUES (@name, @at) ON CONFLICT (name) DO NOTHING",
                ("@name", run.Experiment),
                ("@at", StoredTime.Write(run.StartedAt)));
            var p = run.Provenance;
            // ON CONFLICT: a PostgreSQL writer that checked at the same moment may insert first; then this one did not start.
            started = transaction.Execute(
                "INSERT INTO runs (run_id, experiment, status, started_at, git_commit, git_branch, git_dirty, user_name, tool_version, data_fingerprint, config_hash) "
                + "VALUES (@id, @experiment, @status, @started, @commit, @branch, @dirty, @user, @tool, @data, @config) ON CONFLICT (run_id) DO NOTHING",
                ("@id", run.RunId),
                ("@experiment", run.Experiment),
                ("@status", RunRows.Status(RunStatus.Running)),
                ("@started", StoredTime.Write(run.StartedAt)),
                ("@commit", p.GitCommit),
                ("@branch", p.GitBranch),
                ("@dirty", p.GitDirty ? 1 : 0),
                ("@user", p.User),
                ("@tool", p.ToolVersion),
                ("@data", p.DataFingerprint),
                ("@config", p.ConfigHash)) == 1;
        });
        return started;
    }

    /// <inheritdoc />
    public void LogParams(string runId, IReadOnlyDictionary<string, string> values)
    {
        foreach (var name in values.Keys)
        {
            Require(name, "param name");
        }
        InRun(runId, transaction =>
        {
            var stored = ReadPairs(transaction, "SELECT name, value FROM params WHERE run_id = @id", runId);
            var clash = values.FirstOrDefault(v => stored.TryGetValue(v.Key, out var old) && old != v.Value);
            if (clash.Key is not null)
            {
                throw new InputException(
                    $"run '{runId}': param '{clash.Key}' is already '{stored[clash.Key]}' and params cannot change (got '{clash.Value}')");
            }
            transaction.ExecuteEach(
                "INSERT INTO params (run_id, name, value) VALUES (@p0, @p1, @p2)",
                values.Where(v => !stored.ContainsKey(v.Key)).Select(v => new object?[] { runId, v.Key, v.Value }));
        });
    }

    /// <inheritdoc />
    public void LogMetrics(string runId, IReadOnlyList<Metric> metrics)
    {
        foreach (var metric in metrics)
        {
            Require(metric.Name, "metric name");
            if (!double.IsFinite(metric.Value))
            {
                throw new InputException($"run '{runId}': metric '{metric.Name}' is {metric.Value}; only finite numbers can be stored");
            }
        }
        InRun(runId, transaction =>
        {
            transaction.ExecuteEach(
                "INSERT INTO metrics (run_id, name, value) VALUES (@p0, @p1, @p2) ON CONFLICT (run_id, name) DO UPDATE SET value = excluded.value",
                metrics.Where(m => m.Step is null).Select(m => new object?[] { runId, m.Name, m.Value }));
            transaction.ExecuteEach(
                "INSERT INTO metric_steps (run_id, name, step, value) VALUES (@p0, @p1, @p2, @p3) ON CONFLICT (run_id, name, step) DO UPDATE SET value = excluded.value",
                metrics.Where(m => m.Step is not null).Select(m => new object?[] { runId, m.Name, m.Step, m.Value }));
        });
    }

    /// <inheritdoc />
    public void SetTags(string runId, IReadOnlyDictionary<string, string> tags)
    {
        foreach (var name in tags.Keys)
        {
            Require(name, "tag name");
        }
        InRun(runId, transaction => transaction.ExecuteEach(
            "INSERT INTO tags (run_id, name, value) VALUES (@p0, @p1, @p2) ON CONFLICT (run_id, name) DO UPDATE SET value = excluded.value",
            tags.Select(t => new object?[] { runId, t.Key, t.Value })));
    }

    /// <inheritdoc />
    public void LogArtifacts(string runId, IReadOnlyList<ArtifactEntry> artifacts)
    {
        foreach (var artifact in artifacts)
        {
            Require(artifact.Path, "artefact path");
            if (!ContentHash.IsValid(artifact.Sha256) || artifact.SizeBytes < 0)
            {
                throw new InputException($"run '{runId}': artefact '{artifact.Path}' needs a 64-digit lowercase sha256 and a size ≥ 0");
            }
        }
        InRun(runId, transaction => transaction.ExecuteEach(
            "INSERT INTO artifacts (run_id, path, size_bytes, sha256) VALUES (@p0, @p1, @p2, @p3) "
            + "ON CONFLICT (run_id, path) DO UPDATE SET size_bytes = excluded.size_bytes, sha256 = excluded.sha256",
            artifacts.Select(a => new object?[] { runId, a.Path, a.SizeBytes, a.Sha256 })));
    }

    /// <inheritdoc />
    public void FinishRun(string runId, RunStatus status, DateTimeOffset endedAt, string? errorMessage = null)
    {
        if (status == RunStatus.Running)
        {
            throw new InputException($"run '{runId}' can only finish as finished or failed, not running");
        }
        InRun(runId, transaction =>
        {
            var current = (string)transaction.Scalar("SELECT status FROM runs WHERE run_id = @id", ("@id", runId))!;
            if (current != RunRows.Status(RunStatus.Running))
            {
                throw new InputException($"run '{runId}' has already ended with status {current}");
            }
            transaction.Execute(
                "UPDATE runs SET status = @status, ended_at = @ended, error_message = @error WHERE run_id = @id",
                ("@status", RunRows.Status(status)),
                ("@ended", StoredTime.Write(endedAt)),
                ("@error", errorMessage),
                ("@id", runId));
        });
    }

    /// <inheritdoc />
    public RunDetails GetRun(string runId) => FindRun(runId) ?? throw UnknownRun(runId);

    /// <inheritdoc />
    public RunDetails? FindRun(string runId) => Read(transaction => RunReader.Details(transaction, runId));

    /// <inheritdoc />
    public IReadOnlyList<RunSummary> ListRuns(RunQuery query)
    {
        if (query.Limit <= 0)
        {
            throw new InputException($"runs list: the limit must be positive, got {query.Limit}");
        }
        return Read(transaction => RunReader.Summaries(transaction, query));
    }

    /// <inheritdoc />
    public IReadOnlyList<string> ListExperiments() => Read(RunReader.Experiments);

    /// <inheritdoc />
    public void Dispose() => _backend.Dispose();

    private void InRun(string runId, Action<DbTransaction> body) =>
        Write(transaction =>
        {
            if (transaction.Scalar("SELECT 1 FROM runs WHERE run_id = @id", ("@id", runId)) is null)
            {
                throw UnknownRun(runId);
            }
            body(transaction);
        });

    private void Write(Action<DbTransaction> body)
    {
        using var connection = _backend.Open();
        using var transaction = connection.BeginTransaction();
        body(transaction);
        transaction.Commit();
    }

    private T Read<T>(Func<DbTransaction, T> body)
    {
        using var connection = _backend.Open();
        using var transaction = _backend.BeginRead(connection);
        return body(transaction);
    }

    private InputException UnknownRun(string runId) => new($"unknown run '{runId}' in the tracking store {Description}");

    private static Dictionary<string, string> ReadPairs(DbTransaction transaction, string sql, string runId) =>
        RunReader.Pairs(transaction, sql, runId, r => r.GetString(1));

    private static void Require(string value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InputException($"{what} must not be empty");
        }
    }
}
