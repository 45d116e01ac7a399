namespace CiCd.Serving.Model;

/// <summary>How a registry source notices an alias move.</summary>
/// <param name="PollInterval">How often the registry file is read, whatever the file watcher says.</param>
/// <param name="FileWatcher">Whether to also watch the file (off on mounts where file events never arrive).</param>
public sealed record RegistryWatch(TimeSpan PollInterval, bool FileWatcher)
{
    /// <summary>Where the poll timer comes from: the system clock, or a test's clock that decides when a tick runs.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
