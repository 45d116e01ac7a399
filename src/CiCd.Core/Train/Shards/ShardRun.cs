namespace CiCd.Train.Shards;

/// <summary>The machine-readable outcome of <c>mlops train --shard I/N</c>.</summary>
public sealed record ShardRun(string File, int Shard, int Shards, int Units, int TotalUnits, string CacheKey, double Seconds);
