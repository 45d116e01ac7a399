using Microsoft.Data.Sqlite;
using Npgsql;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>Every row of a prediction log as the database returns it (without the id), in insertion order.</summary>
/// <remarks>
/// PostgreSQL's log has no id since schema 5: its rows are read in their physical order (<c>ctid</c>), which is the
/// order they were written in for a table that is only ever appended to, as these tests' logs are.
/// </remarks>
public static class LoggedRows
{
    private const string Columns =
        "timestamp_utc, model_name, model_version, request_id, row_index, endpoint, inputs_json, label, score, probabilities_json, replica_id";

    /// <summary>The rows of a SQLite log, each value followed by its storage class (text, integer, real, null).</summary>
    public static List<object?[]> Sqlite(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var query = connection.CreateCommand();
        var types = string.Join(", ", Columns.Split(", ").Select(c => $"typeof({c})"));
        query.CommandText = $"SELECT {Columns}, {types} FROM predictions ORDER BY id";
        return Read(query.ExecuteReader());
    }

    /// <summary>The rows of a PostgreSQL log.</summary>
    public static List<object?[]> Postgres(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var query = new NpgsqlCommand($"SELECT {Columns} FROM predictions ORDER BY ctid", connection);
        return Read(query.ExecuteReader());
    }

    private static List<object?[]> Read(System.Data.Common.DbDataReader reader)
    {
        using (reader)
        {
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                reader.GetValues(row!);
                rows.Add(row);
            }
            return rows;
        }
    }
}
