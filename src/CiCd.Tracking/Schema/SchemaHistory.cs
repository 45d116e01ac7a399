using CiCd.Tracking.Store;

namespace CiCd.Tracking.Schema;

/// <summary>
/// One versioned schema the migrator keeps: its steps, the table holding its version (its own, so two schemas can
/// share a database) and how messages name it. The experiment store and the prediction log each have one.
/// </summary>
/// <param name="What">How messages name the store ("tracking store", "prediction log").</param>
/// <param name="VersionTable">The one-row table holding the version.</param>
/// <param name="Steps">The migrations, in version order.</param>
/// <param name="Elsewhere">What the user can do instead of upgrading mlops ("point … at another store").</param>
internal sealed record SchemaHistory(string What, string VersionTable, IReadOnlyList<Migration> Steps, string Elsewhere)
{
    /// <summary>The experiment store's schema.</summary>
    public static SchemaHistory Tracking { get; } =
        new("tracking store", "schema_version", Migrations.All, $"point {TrackingLocation.EnvironmentVariable} at another store");

    /// <summary>The newest version this build knows.</summary>
    public int Latest => Steps[^1].Version;
}
