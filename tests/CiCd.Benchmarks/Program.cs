using CiCd.Benchmarks;

// Usage: dotnet run --project tests/CiCd.Benchmarks -c Release -- [mlops.yaml] [examples/digits/mlops.yaml]
return TrainingBenchmark.Run(args.Length > 0 ? args[0] : "mlops.yaml", args.Length > 1 ? args[1] : "examples/digits/mlops.yaml");
