namespace CiCd.Pipeline.Train;

/// <summary>What `mlops train --plan` prints: the shard count, the work units it splits, and the matrix values (each shard's I, 1 to N).</summary>
public sealed record ShardPlan(int Shards, int Units, IReadOnlyList<int> Matrix);
