using CiCd.Data.Benchmarks;
using CiCd.Data.Benchmarks.Scale;
using CiCd.Data.Benchmarks.Training;

// Usage: dotnet run --project tests/CiCd.Data.Benchmarks -c Release -- read [examples/fashion-mnist/mlops.yaml]
//        ... -- train [examples/fashion-mnist/mlops.yaml] [TRAIN_ROWS=60000] [--no-defaults]
//        ... -- scale MLOPS_DLL OUTPUT_FOLDER [ROWS...=10000 100000 1000000] [--only validate,train,drift,score]
//        ... -- trace-train CONFIG TRAIN_ROWS TRACE.tsv [--keep] [--iterations N]   (the mlops fit alone: RSS and GC heap over time, with phases)
//        ... -- scale-report OUTPUT_FOLDER   (the table, chart and verdicts again from OUTPUT_FOLDER/scale.json)
// (child steps: step-read columnar|strings CONFIG; step-train CONFIG TRAIN_ROWS; step-score MODEL CONFIG CSV)
const string FashionMnist = "examples/fashion-mnist/mlops.yaml";
return args switch
{
    ["step-read", var mode, var config] => ReadStep.Run(mode, config),
    ["step-train", var config, var rows] => TrainStep.Run(config, int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture)),
    ["trace-train", var config, var rows, var trace, .. var flags] =>
        TraceStep.Run(config, int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture), trace, !flags.Contains("--keep"),
            Array.IndexOf(flags, "--iterations") is var at and >= 0 ? int.Parse(flags[at + 1], System.Globalization.CultureInfo.InvariantCulture) : null),
    ["step-score", var model, var config, var csv] => ScoreStep.Run(model, config, csv),
    ["scale-report", var output] => ScaleReportOnly(output),
    ["scale", var mlops, var output, .. var rest] => Scale(mlops, output, rest),
    ["read", var config] => ReadBenchmark.Run(config),
    ["read"] or [] => ReadBenchmark.Run(FashionMnist),
    ["train", .. var rest] => Train(rest),
    _ => Usage(),
};

static int Train(string[] rest)
{
    var positional = rest.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
    var config = positional.Length > 0 ? positional[0] : FashionMnist;
    var rows = positional.Length > 1 ? int.Parse(positional[1], System.Globalization.CultureInfo.InvariantCulture) : 60000;
    return TrainBenchmark.Run(config, rows, !rest.Contains("--no-defaults"));
}

static int Scale(string mlops, string output, string[] rest)
{
    var at = Array.IndexOf(rest, "--only");
    var only = at >= 0 && at + 1 < rest.Length ? rest[at + 1].Split(',') : [];
    var sizes = rest.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (at < 0 || i != at + 1))
        .Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToList();
    return ScaleBenchmark.Run(mlops, output, sizes.Count > 0 ? sizes : [10_000, 100_000, 1_000_000], only);
}

static int ScaleReportOnly(string output)
{
    ScaleReport.Print(ScaleFigures.Load(output), output);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: CiCd.Data.Benchmarks read [CONFIG] | train [CONFIG] [TRAIN_ROWS] [--no-defaults] | scale MLOPS_DLL OUTPUT [ROWS...] [--only STAGES] | scale-report OUTPUT");
    return 2;
}
