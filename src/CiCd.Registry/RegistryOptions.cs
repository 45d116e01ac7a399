namespace CiCd.Registry;

/// <summary>Where the registry lives and how its writers behave.</summary>
public sealed record RegistryOptions
{
    /// <summary>The registry folder used when nothing is configured.</summary>
    public const string DefaultRoot = "models";

    /// <summary>The registry folder; each model is a sub-folder.</summary>
    public string Root { get; init; } = DefaultRoot;

    /// <summary>How long a writer waits for another writer's lock before failing.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The name recorded as the author of versions and alias moves.</summary>
    public string User { get; init; } = Environment.UserName;

    /// <summary>The clock for registration and history times.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Runs between writing a new registry file and renaming it into place; only crash tests set it.</summary>
    internal Action? BeforeCommit { get; init; }
}
