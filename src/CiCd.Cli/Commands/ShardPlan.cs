namespace CiCd.Cli.Commands;

/// <summary>What `mlops train --plan` prints: the shard count, the work units it splits, and the matrix values (I/N).</summary>
internal sealed record ShardPlan(int Shards, int Units, IReadOnlyList<string> Matrix);
