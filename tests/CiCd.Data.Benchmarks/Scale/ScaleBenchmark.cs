using System.Globalization;
using System.Text.Json;

namespace CiCd.Data.Benchmarks.Scale;

/// <summary>
/// The scale curve: for each size, a synthetic credit-like table (fixed seed) and a drifted copy, then the real
/// `mlops data validate`, `mlops train` (one LightGBM candidate, 5-fold CV, refit, artefacts, drift reference),
/// `mlops drift --current` and batch scoring, each in its own process under GNU time (seconds, peak RSS).
/// Prints a table, a text chart of seconds per million rows and the verdicts; writes scale.json to the output folder.
/// </summary>
internal static class ScaleBenchmark
{
    public static int Run(string mlopsDll, string output, IReadOnlyList<int> sizes)
    {
        Directory.CreateDirectory(output);
        var results = new List<StageMeasurement>();
        foreach (var rows in sizes)
        {
            var folder = Path.GetFullPath(Path.Combine(output, rows.ToString(CultureInfo.InvariantCulture)));
            Directory.CreateDirectory(folder);
            CreditTable.Write(Path.Combine(folder, "data.csv"), rows, seed: 7);
            CreditTable.Write(Path.Combine(folder, "current.csv"), rows, seed: 8, shift: 0.1);
            var config = Path.Combine(folder, "mlops.yaml");
            File.WriteAllText(config, CreditTable.Config("data.csv"));
            string P(string name) => Path.Combine(folder, name);
            results.Add(Stage("validate", rows, folder, mlopsDll, ["data", "validate", "--config", config, "--out", P("validate")]));
            results.Add(Stage("train", rows, folder, mlopsDll, ["train", "--config", config, "--out", P("train"), "--cache", P("cache"), "--no-cache"]));
            results.Add(Stage("drift", rows, folder, mlopsDll, ["drift", "--config", config, "--reference", P("train"), "--current", P("current.csv"), "--out", P("drift")]));
            results.Add(Stage("score", rows, folder, Path.Combine(AppContext.BaseDirectory, "CiCd.Data.Benchmarks.dll"), ["step-score", P("train/model.zip"), config, P("current.csv")]));
            File.WriteAllText(Path.Combine(output, "scale.json"), JsonSerializer.Serialize(results));
        }
        ScaleReport.Print(results);
        Console.WriteLine(JsonSerializer.Serialize(results));
        return 0;
    }

    private static StageMeasurement Stage(string stage, int rows, string folder, string dll, string[] args)
    {
        var before = LoadAverage.Now();
        var (seconds, peak, exit) = TimedProcess.Run(Environment.ProcessPath!, [dll, .. args], Path.Combine(folder, stage + ".log"));
        var measured = new StageMeasurement(stage, rows, seconds, peak, exit, before, LoadAverage.Now());
        Console.WriteLine($"  {rows,9:N0} rows  {stage,-8} {seconds,8:F1} s {peak,7:F0} MB  exit {exit}  (load average {before:F0} → {measured.LoadAfter:F0})");
        return measured;
    }
}
