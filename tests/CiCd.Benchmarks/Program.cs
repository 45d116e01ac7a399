using CiCd.Benchmarks;

// Usage: dotnet run --project tests/CiCd.Benchmarks -c Release -- [mlops.yaml] [examples/digits/mlops.yaml]
//        dotnet run --project tests/CiCd.Benchmarks -c Release -- regression [--repeats 5] [--fold-seeds 1,2,…] [--json F] [--candidates] [examples/diabetes/mlops.yaml examples/cpu/mlops.yaml]
//        dotnet run --project tests/CiCd.Benchmarks -c Release -- shards [mlops.yaml [1 2 4]]
if (args is ["shard-step", var mode, var config, var shard, var output])
{
    return ShardStep.Run(mode, config, shard, output);
}
if (args.Length > 0 && args[0] == "shards")
{
    return ShardBenchmark.Run(args.Length > 1 ? Path.GetFullPath(args[1]) : Path.GetFullPath("mlops.yaml"),
        args.Length > 2 ? [.. args[2..].Select(int.Parse)] : [1, 2, 4]);
}
if (args.Length > 0 && args[0] == "regression")
{
    return RegressionBenchmark.Run(args[1..]);
}
return TrainingBenchmark.Run(args.Length > 0 ? args[0] : "mlops.yaml", args.Length > 1 ? args[1] : "examples/digits/mlops.yaml");
