using System.Globalization;
using CiCd.Errors;
using Microsoft.Data.Sqlite;
using static CiCd.Monitoring.Log.PredictionLogLayout;

namespace CiCd.Monitoring.Log;

/// <summary>Reads the prediction log from a SQLite file laid out as <see cref="PredictionLogLayout"/> says; opens it read-only.</summary>
public sealed class SqlitePredictionLog(string path) : IPredictionLogSource
{
    /// <inheritdoc />
    public string Name => path;

    /// <inheritdoc />
    public IReadOnlyList<PredictionRecord> Read(DateTimeOffset? since, DateTimeOffset? until)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, null, null, "prediction log not found");
        }
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            RequireTable(connection);
            return Query(connection, since, until);
        }
        catch (SqliteException e)
        {
            throw new InputException(path, null, null, $"cannot read the prediction log: {e.Message}", e);
        }
    }

    private void RequireTable(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{Table}')";
        var columns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                columns.Add(reader.GetString(0));
            }
        }
        string[] expected = [Timestamp, ModelName, ModelVersion, RequestId, InputsJson, OutputLabel, OutputJson];
        var missing = expected.Where(c => !columns.Contains(c)).ToList();
        if (columns.Count == 0 || missing.Count > 0)
        {
            throw new InputException(path, null, null, columns.Count == 0
                ? $"no table '{Table}'; expected {Table}({string.Join(", ", expected)})"
                : $"table '{Table}' lacks {string.Join(", ", missing)}; expected {Table}({string.Join(", ", expected)})");
        }
    }

    private List<PredictionRecord> Query(SqliteConnection connection, DateTimeOffset? since, DateTimeOffset? until)
    {
        using var command = connection.CreateCommand();
        // ISO-8601 UTC text sorts like time, so the bounds can be compared as text and use the index.
        command.CommandText = $"SELECT rowid, {Timestamp}, {ModelName}, {ModelVersion}, {RequestId}, {InputsJson}, {OutputLabel}, {OutputJson} " +
            $"FROM {Table} WHERE ($since IS NULL OR {Timestamp} >= $since) AND ($until IS NULL OR {Timestamp} < $until) ORDER BY {Timestamp}, rowid";
        command.Parameters.AddWithValue("$since", since is null ? DBNull.Value : FormatTime(since.Value));
        command.Parameters.AddWithValue("$until", until is null ? DBNull.Value : FormatTime(until.Value));
        var records = new List<PredictionRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var text = reader.IsDBNull(1) ? "" : reader.GetString(1);
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
            {
                throw new InputException(path, null, null, $"row {reader.GetInt64(0)}: {Timestamp} '{text}' is not an ISO-8601 time");
            }
            records.Add(new PredictionRecord(time, Text(reader, 2) ?? "", Text(reader, 3) ?? "", Text(reader, 4) ?? "",
                Text(reader, 5) ?? "", Text(reader, 6), Text(reader, 7)));
        }
        return records;
    }

    private static string? Text(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToString(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
}
