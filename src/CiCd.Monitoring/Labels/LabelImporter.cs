using System.Data.Common;
using System.Globalization;
using CiCd.Data;
using CiCd.Errors;
using CiCd.Monitoring.Log;
using CiCd.Tracking.Store;
using static CiCd.Monitoring.Log.PredictionLogLayout;

namespace CiCd.Monitoring.Labels;

/// <summary>
/// Stores delayed outcomes next to the prediction log, keyed by request id, in one transaction. A CSV with the columns
/// <c>request_id</c> and <c>label</c>; every label one of the model's classes, or for a regression a finite number
/// (stored in round-trip form). Importing the same file again changes
/// nothing (a label already stored keeps its time); a new label for a request replaces the old one. Request ids the
/// log does not hold are not stored, and are reported.
/// </summary>
public static class LabelImporter
{
    /// <summary>Reads and checks <paramref name="csv"/>, then stores its labels in the log at <paramref name="location"/>.</summary>
    public static LabelImportResult Import(string csv, PredictionLogLocation location, OutcomeKind kind, DateTimeOffset now)
    {
        var labels = Read(csv, kind);
        PredictionLogDatabase.Migrate(location);
        using var connection = PredictionLogDatabase.Connect(location);
        using var transaction = connection.BeginTransaction();
        var at = FormatTime(now);
        int added = 0, changed = 0, unchanged = 0;
        var unknown = new List<string>();
        var logged = LoggedRequests(transaction, labels);
        foreach (var (requestId, label) in labels)
        {
            if (!logged.Contains(requestId))
            {
                unknown.Add(requestId);
                continue;
            }
            var stored = transaction.Scalar($"SELECT {TrueLabel} FROM {LabelsTable} WHERE {RequestId} = @id", ("@id", requestId)) as string;
            if (stored == label)
            {
                unchanged++;
                continue;
            }
            transaction.Execute(stored is null
                ? $"INSERT INTO {LabelsTable} ({RequestId}, {TrueLabel}, {LabelledAt}) VALUES (@id, @label, @at)"
                : $"UPDATE {LabelsTable} SET {TrueLabel} = @label, {LabelledAt} = @at WHERE {RequestId} = @id", ("@id", requestId), ("@label", label), ("@at", at));
            if (stored is null)
            {
                added++;
            }
            else
            {
                changed++;
            }
        }
        transaction.Commit();
        return new LabelImportResult(location.ToString(), added, changed, unchanged, unknown);
    }

    // Which of the labels' requests the log holds. The ids go into a temporary table that the log is matched against in
    // one pass (a scan of the log per import, each row's id looked up among the file's): the log keeps no request id
    // index, which every logged row would pay for (schema 5).
    private static HashSet<string> LoggedRequests(DbTransaction transaction, List<(string RequestId, string Label)> labels)
    {
        var logged = new HashSet<string>(StringComparer.Ordinal);
        if (labels.Count == 0)
        {
            return logged;
        }
        transaction.Execute("CREATE TEMPORARY TABLE label_requests (request_id TEXT PRIMARY KEY)");
        transaction.ExecuteEach("INSERT INTO label_requests (request_id) VALUES (@p0)", labels.Select(l => new object?[] { l.RequestId }));
        using (var command = transaction.Command($"SELECT DISTINCT {RequestId} FROM {Table} WHERE {RequestId} IN (SELECT request_id FROM label_requests)"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                logged.Add(reader.GetString(0));
            }
        }
        transaction.Execute("DROP TABLE label_requests");
        return logged;
    }

    private static List<(string RequestId, string Label)> Read(string csv, OutcomeKind kind)
    {
        var table = CsvReader.Read(csv);
        var key = table.IndexOf(RequestId);
        var label = table.IndexOf(TrueLabel);
        if (key < 0 || label < 0)
        {
            throw new InputException(csv, 1, null, $"labels need the columns {RequestId} and {TrueLabel}; the header has {string.Join(", ", table.Header)}");
        }
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<(string, string)>();
        foreach (var row in table.Rows)
        {
            var id = row.Values[key]?.Trim();
            var value = row.Values[label]?.Trim();
            if (string.IsNullOrEmpty(id))
            {
                throw new InputException(csv, row.Line, key + 1, $"{RequestId} is empty");
            }
            if (MissingValues.IsMissing(value))
            {
                throw new InputException(csv, row.Line, label + 1, $"{TrueLabel} '{value}' {Missing(kind)}");
            }
            if (!kind.TryRead(value!, out var outcome, out var problem))
            {
                throw new InputException(csv, row.Line, label + 1, $"{TrueLabel} '{value}' {problem}");
            }
            if (!seen.TryAdd(id, row.Line))
            {
                throw new InputException(csv, row.Line, key + 1, $"{RequestId} '{id}' is labelled twice (first on line {seen[id].ToString(CultureInfo.InvariantCulture)})");
            }
            rows.Add((id, kind.Stored(outcome)));
        }
        return rows;
    }

    private static string Missing(OutcomeKind kind) =>
        kind.AreNumbers ? "is missing: give the observed number" : $"is not one of the model's classes ({string.Join(", ", kind.Classes)})";
}
