using CiCd.Data.Benchmarks;

// Usage: dotnet run --project tests/CiCd.Data.Benchmarks -c Release -- read [examples/fashion-mnist/mlops.yaml]
// (child steps: step-read columnar|strings CONFIG)
return args switch
{
    ["step-read", var mode, var config] => ReadStep.Run(mode, config),
    ["read", var config] => ReadBenchmark.Run(config),
    ["read"] or [] => ReadBenchmark.Run("examples/fashion-mnist/mlops.yaml"),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: CiCd.Data.Benchmarks read [CONFIG]");
    return 2;
}
