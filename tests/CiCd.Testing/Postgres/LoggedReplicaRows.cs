using System.Globalization;
using Npgsql;

namespace CiCd.Testing.Postgres;

/// <summary>The rows replicas wrote to a PostgreSQL prediction log: request, replica and model version of each.</summary>
public static class LoggedReplicaRows
{
    /// <summary>Every row of <c>predictions</c> at <paramref name="connectionString"/>.</summary>
    public static List<(string RequestId, string Replica, string Version)> Read(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var query = new NpgsqlCommand("SELECT request_id, replica_id, model_version FROM predictions", connection);
        using var reader = query.ExecuteReader();
        var rows = new List<(string, string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), Convert.ToString(reader.GetValue(2), CultureInfo.InvariantCulture)!));
        }
        return rows;
    }
}
