using System.Data.Common;
using System.Globalization;
using CiCd.Errors;
using Microsoft.Data.Sqlite;
using static CiCd.Monitoring.Log.PredictionLogLayout;

namespace CiCd.Monitoring.Log;

/// <summary>
/// Reads the prediction log and its labels from SQLite (opened read-only) or PostgreSQL with the same SQL: the time
/// bounds compare ISO-8601 text, so both engines use the time index. A log of a newer schema than this build knows is
/// refused, as the writer refuses it.
/// </summary>
public sealed class PredictionLogReader(PredictionLogLocation location) : IPredictionLogSource, IPredictionLabelSource
{
    private static readonly string[] Expected = [Timestamp, ModelName, ModelVersion, RequestId, InputsJson, OutputLabel, OutputJson];

    /// <inheritdoc cref="IPredictionLogSource.Name" />
    public string Name => location.ToString();

    /// <inheritdoc />
    public IReadOnlyList<PredictionRecord> Read(DateTimeOffset? since, DateTimeOffset? until) =>
        WithConnection(connection =>
        {
            var columns = RequireTable(connection);
            return Query(connection, columns.Contains(ReplicaId), since, until);
        });

    /// <inheritdoc />
    public IReadOnlyDictionary<string, PredictionLabel> ReadLabels() =>
        WithConnection(connection =>
        {
            var labels = new Dictionary<string, PredictionLabel>(StringComparer.Ordinal);
            if (Version(connection) < 2)
            {
                return labels;
            }
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {RequestId}, {TrueLabel}, {LabelledAt} FROM {LabelsTable}";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                labels[reader.GetString(0)] = new PredictionLabel(reader.GetString(0), reader.GetString(1), Time(reader.GetString(2), $"label of '{reader.GetString(0)}'"));
            }
            return labels;
        });

    private T WithConnection<T>(Func<DbConnection, T> read)
    {
        using var connection = Open();
        try
        {
            var version = Version(connection);
            var latest = PredictionLogMigrations.For(location.IsPostgres).Latest;
            if (version > latest)
            {
                throw new InputException(Name, null, null,
                    $"the prediction log has schema version {version}, newer than version {latest} that this mlops understands: upgrade mlops");
            }
            return read(connection);
        }
        catch (DbException e)
        {
            throw new InputException(Name, null, null, $"cannot read the prediction log: {e.Message}", e);
        }
    }

    private DbConnection Open()
    {
        if (location.IsPostgres)
        {
            return PredictionLogDatabase.Connect(location);
        }
        var path = location.Store.Target;
        if (!File.Exists(path))
        {
            throw new InputException(path, null, null, "prediction log not found");
        }
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            connection.Open();
            return connection;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new InputException(path, null, null, $"cannot read the prediction log: {e.Message}", e);
        }
    }

    // A log written before versions were kept (or by another tool) has no version table: version 0.
    private static int Version(DbConnection connection)
    {
        if (!HasTable(connection, PredictionLogMigrations.VersionTable))
        {
            return 0;
        }
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT MAX(version) FROM {PredictionLogMigrations.VersionTable}";
        return command.ExecuteScalar() is { } value and not DBNull ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : 0;
    }

    private static bool HasTable(DbConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = connection is SqliteConnection
            ? $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'"
            : $"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '{table}'";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    private HashSet<string> RequireTable(DbConnection connection)
    {
        var columns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (HasTable(connection, Table))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {Table} WHERE 1 = 0";
            using var reader = command.ExecuteReader();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                columns.Add(reader.GetName(i));
            }
        }
        var missing = Expected.Where(c => !columns.Contains(c)).ToList();
        if (columns.Count == 0 || missing.Count > 0)
        {
            throw new InputException(Name, null, null, columns.Count == 0
                ? $"no table '{Table}'; expected {Table}({string.Join(", ", Expected)})"
                : $"table '{Table}' lacks {string.Join(", ", missing)}; expected {Table}({string.Join(", ", Expected)})");
        }
        return columns;
    }

    private List<PredictionRecord> Query(DbConnection connection, bool hasReplica, DateTimeOffset? since, DateTimeOffset? until)
    {
        using var command = connection.CreateCommand();
        // SQLite's rowid is the insertion order; PostgreSQL's log has no key column (schema 5): rows of one millisecond
        // come in request and row order.
        var sqlite = connection is SqliteConnection;
        var key = sqlite ? "rowid" : "NULL";
        var order = sqlite ? "rowid" : $"{RequestId}, row_index";
        var bounds = new List<string>();
        Bound(command, bounds, ">=", "since", since);
        Bound(command, bounds, "<", "until", until);
        // ISO-8601 UTC text sorts like time, so the bounds compare as text and use the time index.
        command.CommandText = $"SELECT {key}, {Timestamp}, {ModelName}, {ModelVersion}, {RequestId}, {InputsJson}, {OutputLabel}, {OutputJson}, " +
            $"{(hasReplica ? ReplicaId : "NULL")} FROM {Table}{(bounds.Count == 0 ? "" : " WHERE " + string.Join(" AND ", bounds))} ORDER BY {Timestamp}, {order}";
        var records = new List<PredictionRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var text = reader.IsDBNull(1) ? "" : Convert.ToString(reader.GetValue(1), CultureInfo.InvariantCulture)!;
            var time = Time(text, reader.IsDBNull(0) ? $"request '{Text(reader, 4)}'" : $"row {reader.GetInt64(0)}");
            records.Add(new PredictionRecord(time, Text(reader, 2) ?? "", Text(reader, 3) ?? "", Text(reader, 4) ?? "",
                Text(reader, 5) ?? "", Text(reader, 6), Text(reader, 7), Text(reader, 8)));
        }
        return records;
    }

    private static void Bound(DbCommand command, List<string> bounds, string comparison, string name, DateTimeOffset? time)
    {
        if (time is null)
        {
            return;
        }
        var parameter = command.CreateParameter();
        parameter.ParameterName = $"@{name}";
        parameter.DbType = System.Data.DbType.String;
        parameter.Value = FormatTime(time.Value);
        command.Parameters.Add(parameter);
        bounds.Add($"{Timestamp} {comparison} @{name}");
    }

    private DateTimeOffset Time(string text, string where) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : throw new InputException(Name, null, null, $"{where}: {Timestamp} '{text}' is not an ISO-8601 time");

    private static string? Text(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToString(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
}
