using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CiCd.Serving.Hosting;
using CiCd.Serving.Model;
using CiCd.Serving.Scoring;
using CiCd.Train;
using Microsoft.Extensions.Options;
using Microsoft.ML;

namespace CiCd.Serving.Benchmarks;

/// <summary>
/// The scoring ceiling without HTTP: the service's pooled row scorer against ML.NET's data-view path (a
/// TableDataView per call), for single rows and for batches. Prints a table and one JSON line.
/// </summary>
internal static class InProcessBenchmark
{
    private const int BatchRows = 50_000;

    public static int Run(string modelFolder, string dataPath, double seconds)
    {
        var source = new FileModelSource(modelFolder);
        var files = source.Locate();
        var served = new ModelLoader(Options.Create(new ServingOptions { Model = modelFolder, UnseenCategories = UnseenCategoryPolicy.Accept })).Load(files, null);
        var transformer = new MLContext().Model.Load(files.ModelPath, out _);
        var data = new BenchmarkRows(served.Schema, dataPath, BatchRows);
        var task = served.Card.Task;
        var classes = served.Card.Classes.Count;
        var duration = TimeSpan.FromSeconds(seconds);

        // Rows in turn, as wrk sends them (the data file's rows), then one row repeated: warm branch predictors and
        // caches make the repeated row several times cheaper on tree ensembles, so it is shown for reference only.
        var pooledOne = Rate(duration, 1, i => served.Predict(data.Rows[i % data.Rows.Count]));
        var pooledAll = Rate(duration, Environment.ProcessorCount, i => served.Predict(data.Rows[i % data.Rows.Count]));
        var pooledSame = Rate(duration, 1, _ => served.Predict(data.Rows[0]));
        var oneRow = data.Head(1);
        var viewOne = Rate(duration, 1, _ => ModelScorer.Probabilities(transformer, new TableDataView(oneRow, 1, null, classes), task));
        var buffer = new Prediction[BatchRows];
        var pooledBatch = Rate(duration, 1, _ => served.Predict(data.Rows, 0, BatchRows, buffer), warmUp: 1) * BatchRows;
        var viewBatch = Rate(duration, 1, _ => ModelScorer.Probabilities(transformer, new TableDataView(data.Columns, BatchRows, null, classes), task), warmUp: 1) * BatchRows;

        var figures = new Dictionary<string, double>
        {
            ["pooled_single_per_s_1_thread"] = pooledOne,
            [$"pooled_single_per_s_{Environment.ProcessorCount}_threads"] = pooledAll,
            ["same_row_repeated_per_s_1_thread"] = pooledSame,
            ["dataview_single_per_s_1_thread"] = viewOne,
            ["pooled_batch_rows_per_s"] = pooledBatch,
            ["dataview_batch_rows_per_s"] = viewBatch,
        };
        foreach (var (name, value) in figures)
        {
            Console.WriteLine($"{name,-36} {value.ToString("N0", CultureInfo.InvariantCulture),14}");
        }
        Console.WriteLine(JsonSerializer.Serialize(figures.ToDictionary(p => p.Key, p => Math.Round(p.Value))));
        return 0;
    }

    // Calls per second of `work` on `threads` threads, after a warm-up that pays JIT and first-call costs.
    private static double Rate(TimeSpan duration, int threads, Action<int> work, int warmUp = 100)
    {
        for (var i = 0; i < warmUp; i++)
        {
            work(i);
        }
        var counts = new long[threads];
        var clock = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            var i = 0;
            while (clock.Elapsed < duration)
            {
                work(i++);
                counts[t]++;
            }
        });
        return counts.Sum() / clock.Elapsed.TotalSeconds;
    }
}
