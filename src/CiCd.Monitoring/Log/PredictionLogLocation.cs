using CiCd.Errors;
using CiCd.Tracking.Store;
using Npgsql;

namespace CiCd.Monitoring.Log;

/// <summary>
/// Where the prediction log lives: a SQLite file, or a PostgreSQL database every replica writes to. Written as the
/// tracking store is (<c>postgresql://user@host:port/db</c>, an Npgsql connection string, <c>sqlite:path</c> or a path)
/// and parsed by the same code. A password comes from the environment (<c>PGPASSWORD</c>, or the URI in
/// <c>PredictionLog__Uri</c>) or a file (<c>PGPASSFILE</c>, <c>~/.pgpass</c>), never from the command line.
/// </summary>
public sealed class PredictionLogLocation
{
    private PredictionLogLocation(TrackingLocation store) => Store = store;

    /// <summary>The engine and its target (a file path, or a connection string that may hold a password: never print it).</summary>
    public TrackingLocation Store { get; }

    /// <summary>True for a PostgreSQL database.</summary>
    public bool IsPostgres => Store.Backend == TrackingBackend.Postgres;

    /// <summary>The location, safe to print: the file path, or the URI without a password.</summary>
    public override string ToString() => IsPostgres ? Store.ToString() : Store.Target;

    /// <summary>A SQLite file.</summary>
    public static PredictionLogLocation Sqlite(string path) => new(TrackingLocation.Sqlite(path));

    /// <summary>
    /// Reads a location given by <paramref name="origin"/> (an option or a setting). Given on a command line
    /// (<paramref name="commandLine"/>), a password is refused: ps and the shell history would show it to others.
    /// </summary>
    public static PredictionLogLocation Parse(string text, string origin, bool commandLine)
    {
        var location = new PredictionLogLocation(TrackingUri.Parse(text.Trim(), origin, Directory.GetCurrentDirectory()));
        if (commandLine && location.IsPostgres && !string.IsNullOrEmpty(new NpgsqlConnectionStringBuilder(location.Store.Target).Password))
        {
            throw new InputException(
                $"{origin}: a password on the command line is visible to every local user (ps) and kept in shell histories; " +
                "leave it out of the URI and set PGPASSWORD, a password file (PGPASSFILE or ~/.pgpass), or the whole URI in PredictionLog__Uri");
        }
        return location;
    }
}
