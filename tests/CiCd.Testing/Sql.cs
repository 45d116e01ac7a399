using System.Data.Common;

namespace CiCd.Testing;

/// <summary>One parameterised statement on an open connection, for fixtures that write a store's tables directly.</summary>
public static class Sql
{
    /// <summary>Runs <paramref name="sql"/> with <paramref name="values"/> bound by name (never spliced into the text).</summary>
    public static void Execute(DbConnection connection, string sql, params (string Name, object Value)[] values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in values)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        command.ExecuteNonQuery();
    }
}
