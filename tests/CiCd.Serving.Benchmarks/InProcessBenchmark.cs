using System.Diagnostics;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using CiCd.Configuration;
using CiCd.Serving.Hosting;
using CiCd.Serving.Input;
using CiCd.Serving.Model;
using CiCd.Serving.Output;
using CiCd.Serving.Scoring;
using CiCd.Train;
using CiCd.Train.Regression;
using Microsoft.Extensions.Options;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CiCd.Serving.Benchmarks;

/// <summary>
/// The scoring ceiling without HTTP: the service's pooled scorer (compiled trees for a tree ensemble) against ML.NET's
/// row mapper and data-view paths, for single rows and for batches, and each stage of a CSV batch (parse, score, write).
/// Every batch figure also comes as CPU microseconds per row, which the other processes on a shared machine disturb less
/// than wall-clock rates. Prints a table and one JSON line.
/// </summary>
internal static class InProcessBenchmark
{
    private const int BatchRows = 50_000;

    public static int Run(string modelFolder, string dataPath, double seconds)
    {
        var source = new FileModelSource(modelFolder);
        var files = source.Locate();
        var served = new ModelLoader(Options.Create(new ServingOptions { Model = modelFolder, UnseenCategories = UnseenCategoryPolicy.Accept })).Load(files, null);
        var transformer = new MLContext().Model.Load(files.ModelPath, out var inputSchema);
        var data = new BenchmarkRows(served.Schema, dataPath, BatchRows);
        var task = served.Card.Task;
        // Outputs per row: class probabilities, or one value for a regression model.
        var classes = served.Outputs;
        var duration = TimeSpan.FromSeconds(seconds);
        var figures = new Dictionary<string, double>();

        // Rows in turn, as wrk sends them (the data file's rows), then one row repeated: warm branch predictors and
        // caches make the repeated row several times cheaper on tree ensembles, so it is shown for reference only.
        figures["pooled_single_per_s_1_thread"] = Rate(duration, 1, i => served.Predict(data.Rows[i % data.Rows.Count]));
        figures[$"pooled_single_per_s_{Environment.ProcessorCount}_threads"] = Rate(duration, Environment.ProcessorCount, i => served.Predict(data.Rows[i % data.Rows.Count]));
        figures["same_row_repeated_per_s_1_thread"] = Rate(duration, 1, _ => served.Predict(data.Rows[0]));
        using var mapper = new RowScorer(transformer, inputSchema, [.. inputSchema.Select(c => served.Schema.IndexOf(c.Name))], task);
        var one = new double[classes];
        figures["row_mapper_single_per_s_1_thread"] = Rate(duration, 1, i => mapper.Score(data.Rows[i % data.Rows.Count], one));
        var oneRow = data.Head(1);
        figures["dataview_single_per_s_1_thread"] = Rate(duration, 1, _ => Transform(served, transformer, new TableDataView(oneRow, 1, null, classes)));

        var buffer = new Prediction[BatchRows];
        Batch(figures, "pooled_batch", duration, () => served.Predict(data.Rows, 0, BatchRows, buffer));
        var scores = new double[BatchRows * classes];
        Batch(figures, "row_mapper_batch_1_thread", duration, () => mapper.Score(data.Rows, 0, BatchRows, scores));
        Batch(figures, "dataview_batch_1_thread", duration, () => Transform(served, transformer, new TableDataView(data.Columns, BatchRows, null, classes)));

        if (ForestModel.TryCreate(transformer, inputSchema, task) is { } forest)
        {
            // Where compiled scoring spends its time: ML.NET's featurizer, then the trees.
            var features = Featurize(forest, inputSchema, served, data);
            Batch(figures, "featurizer_1_thread", duration, () => Featurize(forest, inputSchema, served, data));
            var sums = new double[BatchRows];
            Batch(figures, "tree_kernel_1_thread", duration, () => forest.Kernel.Sum(features, BatchRows, sums));
        }

        // The stages of POST /v1/predict/batch with a CSV body and a CSV answer, without the socket.
        var body = Encoding.UTF8.GetBytes(data.Csv());
        Batch(figures, "csv_parse", duration, () => BatchReader.Read(BodyFormat.Csv, body, served.Schema, int.MaxValue));
        Batch(figures, "csv_write", duration, () => WriteCsv(served, buffer));
        Batch(figures, "csv_end_to_end", duration, () =>
        {
            var rows = BatchReader.Read(BodyFormat.Csv, body, served.Schema, int.MaxValue);
            served.Predict(rows, 0, rows.Count, buffer);
            WriteCsv(served, buffer);
        });

        Console.WriteLine($"task: {task}, trainer: {served.Card.Trainer}, scoring: {served.Scoring}");
        foreach (var (name, value) in figures)
        {
            Console.WriteLine($"{name,-40} {value.ToString(value < 100 ? "N2" : "N0", CultureInfo.InvariantCulture),14}");
        }
        Console.WriteLine(JsonSerializer.Serialize(figures.ToDictionary(p => p.Key, p => Math.Round(p.Value, p.Value < 100 ? 2 : 0))));
        return 0;
    }

    // ML.NET's data-view path as evaluation runs it: class probabilities, or values through the inverse target transform.
    private static object Transform(ServedModel served, ITransformer transformer, TableDataView view) => served.Card.Task == TaskKind.Regression
        ? RegressionScorer.Predict(transformer, view, served.Card.TargetTransform)
        : ModelScorer.Probabilities(transformer, view, served.Card.Task);

    // A batch measure: rows per second (wall clock) and CPU microseconds per row (every thread of this process).
    private static void Batch(Dictionary<string, double> figures, string name, TimeSpan duration, Action work)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var calls = 0L;
        var rate = Rate(duration, 1, _ =>
        {
            work();
            calls++;
        }, warmUp: 1);
        process.Refresh();
        // The warm-up call ran inside the CPU window too.
        figures[$"{name}_rows_per_s"] = rate * BatchRows;
        figures[$"{name}_cpu_us_per_row"] = (process.TotalProcessorTime - cpu).TotalMicroseconds / (calls * BatchRows);
    }

    // Every row's dense feature vector, through the featurizer's row mapper as the compiled scorer runs it.
    private static float[] Featurize(ForestModel forest, DataViewSchema inputSchema, ServedModel served, BenchmarkRows data)
    {
        var width = forest.Kernel.Width;
        var input = new FeedRow(inputSchema, [.. inputSchema.Select(c => served.Schema.IndexOf(c.Name))]);
        var mapper = forest.Featurizer.GetRowToRowMapper(inputSchema);
        var column = mapper.OutputSchema[forest.FeatureColumn];
        using var output = mapper.GetRow(input, [column]);
        var getter = output.GetGetter<VBuffer<float>>(column);
        var vector = default(VBuffer<float>);
        var features = new float[BatchRows * width];
        for (var i = 0; i < BatchRows; i++)
        {
            input.Load(data.Rows[i]);
            getter(ref vector);
            vector.CopyTo(features.AsSpan(i * width, width));
        }
        return features;
    }

    private static void WriteCsv(ServedModel served, Prediction[] predictions)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0));
        using var format = new CsvPredictionFormat();
        format.WriteStart(pipe.Writer, served);
        for (var start = 0; start < predictions.Length; start += 4096)
        {
            format.WriteRows(pipe.Writer, served, predictions.AsSpan(start, Math.Min(4096, predictions.Length - start)));
            // Drop what was written, as the socket would take it.
            pipe.Writer.FlushAsync().AsTask().Wait();
            pipe.Reader.TryRead(out var read);
            pipe.Reader.AdvanceTo(read.Buffer.End);
        }
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
