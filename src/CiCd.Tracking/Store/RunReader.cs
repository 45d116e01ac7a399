using System.Data.Common;
using CiCd.Tracking.Queries;
using CiCd.Tracking.Runs;

namespace CiCd.Tracking.Store;

/// <summary>The read side of the store: `runs show`, `runs list` and the experiment list.</summary>
internal static class RunReader
{
    public static RunDetails? Details(DbTransaction transaction, string runId)
    {
        var run = Rows(transaction, $"SELECT {RunRows.Columns} FROM runs r WHERE r.run_id = @id", RunRows.Read, ("@id", runId))
            .SingleOrDefault();
        if (run is null)
        {
            return null;
        }
        var steps = Rows(
                transaction,
                "SELECT name, step, value FROM metric_steps WHERE run_id = @id ORDER BY name, step",
                r => (Name: r.GetString(0), Step: new MetricStep(r.GetInt64(1), r.GetDouble(2))),
                ("@id", runId))
            .GroupBy(s => s.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<MetricStep>)g.Select(s => s.Step).ToList(), StringComparer.Ordinal);
        var artifacts = Rows(
            transaction,
            "SELECT path, size_bytes, sha256 FROM artifacts WHERE run_id = @id ORDER BY path",
            r => new ArtifactEntry(r.GetString(0), r.GetInt64(1), r.GetString(2)),
            ("@id", runId));
        return new RunDetails(
            run,
            Pairs(transaction, "SELECT name, value FROM params WHERE run_id = @id", runId, r => r.GetString(1)),
            Pairs(transaction, "SELECT name, value FROM metrics WHERE run_id = @id", runId, r => r.GetDouble(1)),
            steps,
            Pairs(transaction, "SELECT name, value FROM tags WHERE run_id = @id", runId, r => r.GetString(1)),
            artifacts);
    }

    public static IReadOnlyList<RunSummary> Summaries(DbTransaction transaction, RunQuery query)
    {
        var (runsSql, values) = RunFilter.Select(query, RunRows.Columns);
        var runs = Rows(transaction, runsSql, RunRows.Read, values);
        var (idsSql, _) = RunFilter.Select(query, "r.run_id");
        var metrics = Rows(
                transaction,
                $"SELECT m.run_id, m.name, m.value FROM metrics m JOIN ({idsSql}) f ON f.run_id = m.run_id",
                r => (RunId: r.GetString(0), Name: r.GetString(1), Value: r.GetDouble(2)),
                values)
            .ToLookup(m => m.RunId, StringComparer.Ordinal);
        return runs
            .Select(run => new RunSummary(run, metrics[run.RunId].ToDictionary(m => m.Name, m => m.Value, StringComparer.Ordinal)))
            .ToList();
    }

    public static IReadOnlyList<string> Experiments(DbTransaction transaction) =>
        Rows(transaction, "SELECT name FROM experiments ORDER BY name", r => r.GetString(0));

    public static Dictionary<string, T> Pairs<T>(DbTransaction transaction, string sql, string runId, Func<DbDataReader, T> value) =>
        Rows(transaction, sql, r => (Name: r.GetString(0), Value: value(r)), ("@id", runId))
            .ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    private static List<T> Rows<T>(DbTransaction transaction, string sql, Func<DbDataReader, T> map, params (string, object?)[] values)
    {
        using var command = transaction.Command(sql, values);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }
        return rows;
    }
}
