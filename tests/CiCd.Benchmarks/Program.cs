using CiCd.Benchmarks;

// Usage: dotnet run --project tests/CiCd.Benchmarks -c Release -- [mlops.yaml] [examples/digits/mlops.yaml]
//        dotnet run --project tests/CiCd.Benchmarks -c Release -- regression [--json F] [--candidates] [examples/diabetes/mlops.yaml examples/cpu/mlops.yaml]
if (args.Length > 0 && args[0] == "regression")
{
    return RegressionBenchmark.Run(args[1..]);
}
return TrainingBenchmark.Run(args.Length > 0 ? args[0] : "mlops.yaml", args.Length > 1 ? args[1] : "examples/digits/mlops.yaml");
