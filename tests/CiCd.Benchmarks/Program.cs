using CiCd.Benchmarks;

// Usage: dotnet run --project tests/CiCd.Benchmarks -c Release -- [mlops.yaml] [examples/digits/mlops.yaml]
//        dotnet run --project tests/CiCd.Benchmarks -c Release -- regression [examples/diabetes/mlops.yaml examples/cpu/mlops.yaml]
if (args.Length > 0 && args[0] == "regression")
{
    return RegressionBenchmark.Run(args.Length > 1 ? args[1..] : ["examples/diabetes/mlops.yaml", "examples/cpu/mlops.yaml"]);
}
return TrainingBenchmark.Run(args.Length > 0 ? args[0] : "mlops.yaml", args.Length > 1 ? args[1] : "examples/digits/mlops.yaml");
