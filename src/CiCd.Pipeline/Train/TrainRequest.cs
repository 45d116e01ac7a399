using CiCd.Errors;

namespace CiCd.Pipeline.Train;

/// <summary>One `mlops train` as the user asked for it: where to write and cache, and which kind of run.</summary>
public sealed record TrainRequest
{
    /// <summary>The folder the model, its card and the evaluation files go to.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>The stage cache folder.</summary>
    public required string CacheFolder { get; init; }

    /// <summary>Whether a cached run with the same inputs may be restored instead of training.</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>Whether the run is recorded in the experiment store.</summary>
    public bool Track { get; init; } = true;

    /// <summary>A registered version (<c>name@version</c> or <c>name@alias</c>) to retrain on the data version its card records.</summary>
    public string? Reproduce { get; init; }

    /// <summary>Train only this slice of the work units (<c>I/N</c>).</summary>
    public string? Shard { get; init; }

    /// <summary>Shard files, or folders holding them, to select, refit and write the run from.</summary>
    public IReadOnlyList<string>? MergeFrom { get; init; }

    /// <summary>Rejects combinations that mean nothing, before any data is read.</summary>
    public void CheckExclusive()
    {
        if (Shard is not null && MergeFrom is { Count: > 0 })
        {
            throw new InputException("--shard", null, null, "--shard trains one slice and --merge combines all slices: give one of them");
        }
        if (Shard is not null && Reproduce is not null)
        {
            throw new InputException("--shard", null, null, "--reproduce retrains a registered version whole; it cannot be sharded");
        }
    }
}
