using CiCd.Errors;
using Microsoft.Data.Sqlite;

namespace CiCd.Monitoring.Snapshots;

/// <summary>
/// Reads the delayed labels kept next to a SQLite prediction log: table <c>prediction_labels (request_id TEXT PRIMARY KEY,
/// label TEXT NOT NULL, labelled_at)</c>, as <c>mlops labels import</c> writes it. Its own file so that the reader that
/// comes with the importer (and with the PostgreSQL log) can replace it.
/// </summary>
public static class SqliteLabelReader
{
    /// <summary>The table of delayed labels.</summary>
    public const string Table = "prediction_labels";

    /// <summary>Every stored label by request id; a log without the table has none.</summary>
    public static IReadOnlyDictionary<string, string> Read(string path)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            using var exists = connection.CreateCommand();
            exists.CommandText = $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{Table}'";
            if (Convert.ToInt64(exists.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return new Dictionary<string, string>();
            }
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT request_id, label FROM {Table}";
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                labels[reader.GetString(0)] = reader.GetString(1);
            }
            return labels;
        }
        catch (SqliteException e)
        {
            throw new InputException(path, null, null, $"cannot read {Table}: {e.Message}", e);
        }
    }
}
