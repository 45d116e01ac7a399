namespace CiCd.Train.Shards;

/// <summary>
/// What <c>mlops train --shard I/N</c> writes (<c>train-shard-I-of-N.json</c>) and <c>--merge</c> reads: the results of
/// the shard's work units and the inputs they were trained on, so a merge can refuse a shard of another run.
/// </summary>
/// <param name="Format">Always <see cref="FormatName"/>.</param>
/// <param name="SchemaVersion">The version of this layout; a merge reads only <see cref="CurrentSchema"/>.</param>
/// <param name="Shard">I, 1-based.</param>
/// <param name="Shards">N.</param>
/// <param name="CacheKey">The stage-cache key of the run: data, config, tool and ML.NET versions and seed in one hash.</param>
/// <param name="DataFingerprint">The sha256 fingerprint of the data file.</param>
/// <param name="ConfigHash">The hash of the schema and training config (<c>training.shards</c> excluded).</param>
/// <param name="Seed">The training seed.</param>
/// <param name="ToolVersion">The <c>mlops</c> version that trained the shard.</param>
/// <param name="Units">How many work units the whole search has (candidates × folds).</param>
/// <param name="Results">This shard's units, in unit order.</param>
public sealed record ShardFile(
    string Format,
    int SchemaVersion,
    int Shard,
    int Shards,
    string CacheKey,
    string DataFingerprint,
    string ConfigHash,
    int Seed,
    string ToolVersion,
    int Units,
    IReadOnlyList<UnitResult> Results)
{
    /// <summary>The value of <see cref="Format"/>.</summary>
    public const string FormatName = "mlops-train-shard";

    /// <summary>The schema version this tool writes and reads.</summary>
    public const int CurrentSchema = 1;
}
