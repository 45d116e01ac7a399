using Microsoft.Data.Sqlite;

namespace CiCd.Monitoring.Log;

/// <summary>
/// A SQLite log written to the minimal documented layout (<see cref="PredictionLogLayout.CreateTable"/>, for other
/// writers) lacks the service's bookkeeping columns. They are added with neutral defaults before the migrations run, so
/// the table has the service's shape when version 3 rebuilds it; rows and their order (rowid) are kept.
/// </summary>
internal static class MinimalLayoutUpgrade
{
    private static readonly (string Name, string Definition)[] ServiceColumns =
    [
        ("row_index", "INTEGER NOT NULL DEFAULT 0"),
        ("endpoint", "TEXT NOT NULL DEFAULT ''"),
        ("score", "REAL NOT NULL DEFAULT 0"),
    ];

    /// <summary>Adds the service columns a minimal table lacks; a missing table or a service table is left alone.</summary>
    public static void Apply(SqliteConnection connection)
    {
        var columns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name FROM pragma_table_info('{PredictionLogLayout.Table}')";
            using var reader = info.ExecuteReader();
            while (reader.Read())
            {
                columns.Add(reader.GetString(0));
            }
        }
        if (columns.Count == 0)
        {
            return;
        }
        foreach (var (name, definition) in ServiceColumns.Where(c => !columns.Contains(c.Name)))
        {
            using var add = connection.CreateCommand();
            add.CommandText = $"ALTER TABLE {PredictionLogLayout.Table} ADD COLUMN {name} {definition}";
            add.ExecuteNonQuery();
        }
    }
}
