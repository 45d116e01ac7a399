using System.Data.Common;

namespace CiCd.Tracking.Store;

/// <summary>Parameterised commands in one line; values are always bound, never spliced into SQL.</summary>
internal static class DbConnectionExtensions
{
    public static DbCommand Command(this DbTransaction transaction, string sql, params (string Name, object? Value)[] values)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in values)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public static int Execute(this DbTransaction transaction, string sql, params (string Name, object? Value)[] values)
    {
        using var command = transaction.Command(sql, values);
        return command.ExecuteNonQuery();
    }

    /// <summary>Runs one statement (parameters @p0, @p1, …) once per row, prepared once.</summary>
    public static void ExecuteEach(this DbTransaction transaction, string sql, IEnumerable<object?[]> rows)
    {
        using var command = transaction.Command(sql);
        foreach (var values in rows)
        {
            if (command.Parameters.Count == 0)
            {
                for (var i = 0; i < values.Length; i++)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = $"@p{i}";
                    parameter.Value = values[i] ?? DBNull.Value;
                    command.Parameters.Add(parameter);
                }
                command.Prepare();
            }
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }
            command.ExecuteNonQuery();
        }
    }

    public static object? Scalar(this DbTransaction transaction, string sql, params (string Name, object? Value)[] values)
    {
        using var command = transaction.Command(sql, values);
        var result = command.ExecuteScalar();
        return result is DBNull ? null : result;
    }
}
