using System.Text.Json;
using CiCd.Configuration;
using CiCd.Train;
using CiCd.Train.Shards;

namespace CiCd.Benchmarks;

/// <summary>One measured process of <see cref="ShardBenchmark"/>: a whole run, one shard, or a merge, on one thread.</summary>
internal static class ShardStep
{
    public static int Run(string mode, string configPath, string shard, string output)
    {
        var config = ConfigLoader.Load(configPath);
        var options = new TrainingOptions(output, Path.Combine(output, "cache"), UseCache: false, Parallelism: 1);
        object result = mode switch
        {
            "whole" => new TrainingEngine(config, options).Run(),
            "shard" => new TrainingEngine(config, options).RunShard(ShardId.Parse(shard)),
            "merge" => new TrainingEngine(config, options with { MergeFrom = [shard] }).Run(),
            _ => throw new ArgumentException($"unknown step {mode}"),
        };
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }
}
