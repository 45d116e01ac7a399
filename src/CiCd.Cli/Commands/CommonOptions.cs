using System.CommandLine;
using CiCd.Errors;
using CiCd.Tracking.Store;

namespace CiCd.Cli.Commands;

/// <summary>Options several commands share, declared once so their names and help agree.</summary>
internal static class CommonOptions
{
    public static Option<string> Config() => new("--config", "-c")
    {
        Description = "The pipeline config file.",
        DefaultValueFactory = _ => "mlops.yaml",
    };

    public static Option<string> Out(string defaultFolder) => new("--out", "-o")
    {
        Description = "Folder for the outputs (JSON, Markdown, artefacts).",
        DefaultValueFactory = _ => defaultFolder,
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print the machine-readable result (JSON) instead of tables.",
    };

    public static Option<string?> Tracking() => new("--tracking")
    {
        Description = $"The experiment store: a SQLite file, sqlite:<path> or a PostgreSQL URI or connection string (default: ${TrackingLocation.EnvironmentVariable}, else {TrackingLocation.DefaultSqlitePath}).",
    };

    /// <summary>The store the option names, else the environment's, else the default SQLite file.</summary>
    public static TrackingLocation TrackingLocationOf(string? given) =>
        given is null
            ? TrackingLocation.FromEnvironment(null, Directory.GetCurrentDirectory())
            : TrackingLocation.Resolve(given, null, Directory.GetCurrentDirectory());

    /// <summary>Opens an existing store; a SQLite file that is not there is an input error rather than a new empty store.</summary>
    public static IExperimentStore OpenExisting(TrackingLocation location) =>
        location.Backend == TrackingBackend.Sqlite && !File.Exists(location.Target)
            ? throw new InputException(location.Target, null, null,
                $"no tracking store here; train first, or point --tracking or ${TrackingLocation.EnvironmentVariable} at the store")
            : ExperimentStoreFactory.Open(location);
}
