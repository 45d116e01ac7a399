namespace CiCd.Train;

/// <summary>Where a training run writes, where it caches, and whether it may reuse a cached result.</summary>
public sealed record TrainingOptions(string OutputFolder, string CacheFolder, bool UseCache = true, int? Parallelism = null)
{
    /// <summary>The data artifact digest training reads (from <c>dataset.version</c>), recorded in the model card.</summary>
    public string? DataVersion { get; init; }

    /// <summary>Shard files, or folders holding them, whose units replace the search (<c>mlops train --merge</c>).</summary>
    public IReadOnlyList<string>? MergeFrom { get; init; }

    /// <summary>The clock the progress's rows per second and time left are measured with.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
