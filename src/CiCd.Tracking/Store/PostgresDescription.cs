using Npgsql;

namespace CiCd.Tracking.Store;

/// <summary>Prints a PostgreSQL location without its password.</summary>
internal static class PostgresDescription
{
    public static string Of(NpgsqlConnectionStringBuilder settings) =>
        $"postgresql://{settings.Username}@{settings.Host}:{settings.Port}/{settings.Database}";
}
