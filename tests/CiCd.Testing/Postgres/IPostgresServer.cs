namespace CiCd.Testing.Postgres;

/// <summary>A PostgreSQL server the store tests may create databases on: one they started, or one CI provides.</summary>
public interface IPostgresServer : IDisposable
{
    /// <summary>Creates an empty database (name: lowercase letters, digits, '_') and returns its connection string.</summary>
    string CreateDatabase(string name);
}
