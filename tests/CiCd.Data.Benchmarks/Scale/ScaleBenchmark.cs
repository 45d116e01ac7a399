using System.Globalization;
using System.Text.Json;

namespace CiCd.Data.Benchmarks.Scale;

/// <summary>
/// The scale curve: for each size, a synthetic credit-like table (fixed seed) and a drifted copy, then the real
/// `mlops data validate`, `mlops train` (one LightGBM candidate, 5-fold CV, refit, artefacts, drift reference),
/// `mlops drift --current` and batch scoring, each in its own process under GNU time (seconds, CPU seconds, peak RSS).
/// Figures are merged into the output folder's scale.json as each stage ends (a rerun of some stages, with
/// <c>--only</c>, replaces just theirs); then <see cref="ScaleReport"/> prints the table, charts and verdicts.
/// </summary>
internal static class ScaleBenchmark
{
    public static readonly string[] Stages = ["validate", "train", "drift", "score"];

    public static int Run(string mlopsDll, string output, IReadOnlyList<int> sizes, IReadOnlyCollection<string> only)
    {
        Directory.CreateDirectory(output);
        var results = ScaleFigures.Load(output);
        foreach (var rows in sizes)
        {
            var folder = Path.GetFullPath(Path.Combine(output, rows.ToString(CultureInfo.InvariantCulture)));
            Directory.CreateDirectory(folder);
            string P(string name) => Path.Combine(folder, name);
            var config = P("mlops.yaml");
            if (only.Count == 0 || !File.Exists(config))
            {
                CreditTable.Write(P("data.csv"), rows, seed: 7);
                CreditTable.Write(P("current.csv"), rows, seed: 8, shift: 0.1);
                File.WriteAllText(config, CreditTable.Config("data.csv"));
            }
            string[] Arguments(string stage) => stage switch
            {
                "validate" => ["data", "validate", "--config", config, "--out", P("validate")],
                "train" => ["train", "--config", config, "--out", P("train"), "--cache", P("cache"), "--no-cache"],
                "drift" => ["drift", "--config", config, "--reference", P("train"), "--current", P("current.csv"), "--out", P("drift")],
                _ => ["step-score", P("train/model.zip"), config, P("current.csv")],
            };
            foreach (var stage in Stages.Where(s => only.Count == 0 || only.Contains(s)))
            {
                var dll = stage == "score" ? Path.Combine(AppContext.BaseDirectory, "CiCd.Data.Benchmarks.dll") : mlopsDll;
                var measured = Stage(stage, rows, folder, dll, Arguments(stage));
                results.RemoveAll(r => r.Stage == stage && r.Rows == rows);
                results.Add(measured);
                ScaleFigures.Save(output, results);
            }
        }
        ScaleReport.Print(results, output);
        Console.WriteLine(JsonSerializer.Serialize(results));
        return 0;
    }

    private static StageMeasurement Stage(string stage, int rows, string folder, string dll, string[] args)
    {
        var before = LoadAverage.Now();
        var (seconds, cpu, peak, exit) = TimedProcess.Run(Environment.ProcessPath!, [dll, .. args], Path.Combine(folder, stage + ".log"));
        var measured = new StageMeasurement(stage, rows, seconds, peak, exit, before, LoadAverage.Now(), cpu);
        Console.WriteLine($"  {rows,9:N0} rows  {stage,-8} {seconds,8:F1} s {cpu,8:F1} CPU s {peak,7:F0} MB  exit {exit}  (load average {before:F0} → {measured.LoadAfter:F0})");
        return measured;
    }
}
