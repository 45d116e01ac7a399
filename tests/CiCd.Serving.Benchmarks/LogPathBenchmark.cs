using System.Diagnostics;
using System.Globalization;
using CiCd.Serving.Hosting;
using CiCd.Serving.Model;
using CiCd.Serving.PredictionLog;
using CiCd.Serving.Scoring;
using CiCd.Serving.Telemetry;
using CiCd.Serving.Tests.Fixtures;
using Microsoft.Extensions.Options;
using PredictionLogLocation = CiCd.Monitoring.Log.PredictionLogLocation;
using PredictionRecord = CiCd.Serving.PredictionLog.PredictionRecord;

namespace CiCd.Serving.Benchmarks;

/// <summary>
/// Where a logged prediction's cost goes, without HTTP, on one thread: the request path (admission, record, queue) with
/// the log off and on, the writer's text of a row (time, inputs and probabilities as JSON), and the stores' writes by
/// rows per write, each before (a string per text value) and now (UTF-8 buffers) side by side, with the PostgreSQL
/// server's own CPU per row when its postmaster's pid is given. CPU microseconds and bytes allocated per row, which
/// other processes on a shared machine disturb less than wall-clock rates.
/// </summary>
internal static class LogPathBenchmark
{
    private const int Rows = 20_000;

    private const int Rounds = 5;

    private static readonly int[] Sizes = [1, 32, 1024];

    // Usage: log <model folder> <data csv> [<PostgreSQL URI> [<postmaster pid>]]
    public static int Run(string modelFolder, string dataPath, string? postgres, int? postmaster)
    {
        var served = new ModelLoader(Options.Create(new ServingOptions { Model = modelFolder, UnseenCategories = UnseenCategoryPolicy.Accept }))
            .Load(new FileModelSource(modelFolder).Locate(), null);
        var data = new BenchmarkRows(served.Schema, dataPath, Rows);
        var predictions = data.Rows.Select(served.Predict).ToArray();
        var records = Enumerable.Range(0, Rows).Select(i => new PredictionRecord(DateTimeOffset.UtcNow, served.Identity, $"request-{i}", 0, "predict",
            served.Schema, data.Rows[i], served.Card.Classes, predictions[i])).ToArray();
        Console.WriteLine($"{"per row (one thread)",-52} {"cpu µs",10} {"bytes",10}");
        Show("request path, log off", Measure(() => RequestPath(served, data, predictions, logged: false), Rows));
        Show("request path, log on (admit, record, queue)", Measure(() => RequestPath(served, data, predictions, logged: true), Rows));
        using (var now = new PredictionRowText())
        {
            Show("writer, now: the time", Measure(() => Array.ForEach(records, r => now.Timestamp(r.Timestamp)), Rows));
            Show("writer, now: the label", Measure(() => Array.ForEach(records, r => now.Label(r)), Rows));
            Show("writer, now: the inputs' JSON", Measure(() => Array.ForEach(records, r => now.Inputs(r)), Rows));
            Show("writer, now: the probabilities' JSON", Measure(() => Array.ForEach(records, r => now.Probabilities(r)), Rows));
        }

        // Before (a string per text value: tests/CiCd.Serving.Tests/Fixtures/String*) and now (UTF-8 buffers), side by side:
        // the two alternate, Rounds times each, and the medians are shown, so a change in the machine's load hits both.
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{$"per row (one thread), median of {Rounds} alternating runs",-52} {"before µs",10} {"now µs",10} {"change",8} {"before B",10} {"now B",10}"));
        using (var before = new StringRowText())
        using (var now = new PredictionRowText())
        {
            Compare("writer: a row's text (time, label, JSON)", () => Text(before, records), () => Text(now, records), Rows, null);
        }
        var sqlite = Path.Combine(Path.GetTempPath(), $"log-bench-{Environment.ProcessId}");
        try
        {
            using var before = new StringSqliteStore(sqlite + "-before.sqlite", "bench");
            using var now = new PredictionLogStore(sqlite + "-now.sqlite", "bench");
            foreach (var size in Sizes)
            {
                var rows = RowsFor(size);
                Compare($"SQLite store, {size} rows per write", () => Write(before, records, size, rows), () => Write(now, records, size, rows), rows, null);
            }
        }
        finally
        {
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(sqlite) + "*"))
            {
                File.Delete(file);
            }
        }
        if (postgres is not null)
        {
            var location = PredictionLogLocation.Parse(postgres, "benchmark", commandLine: false);
            using var before = new StringPostgresStore(location, "bench");
            using var now = new PostgresPredictionLogStore(location, "bench");
            foreach (var size in Sizes)
            {
                var rows = RowsFor(size);
                Compare($"PostgreSQL store, {size} rows per write", () => Write(before, records, size, rows), () => Write(now, records, size, rows), rows, postmaster);
            }
        }
        return 0;
    }

    // One single-row request's work after scoring, as PredictApi does it, and the writer taking its record.
    private static void RequestPath(ServedModel served, BenchmarkRows data, Prediction[] predictions, bool logged)
    {
        var options = Options.Create(new PredictionLogOptions { Path = logged ? "unused.sqlite" : "", QueueCapacity = Rows });
        var buffer = new PredictionLogBuffer(options, new ServingMetrics());
        var observer = new PredictionObserver(new ServingMetrics(), buffer);
        for (var i = 0; i < Rows; i++)
        {
            var admission = observer.AdmitAsync(CancellationToken.None).AsTask().Result;
            observer.Observe(admission, served, "predict", "request-id", [data.Rows[i]], 0, [predictions[i]]);
            // As the writer takes them (cheap next to a request), so the queue never waits for room.
            while (buffer.Reader.TryRead(out var chunk))
            {
                buffer.Written(chunk.Length, TimeSpan.FromMilliseconds(1));
            }
        }
    }

    private static void Text(StringRowText text, PredictionRecord[] records)
    {
        foreach (var record in records)
        {
            _ = text.Timestamp(record.Timestamp);
            _ = text.Inputs(record);
            _ = StringRowText.Label(record);
            _ = text.Probabilities(record);
        }
    }

    private static void Text(PredictionRowText text, PredictionRecord[] records)
    {
        foreach (var record in records)
        {
            _ = text.Timestamp(record.Timestamp);
            _ = text.Inputs(record);
            _ = text.Label(record);
            _ = text.Probabilities(record);
        }
    }

    private static void Write(IPredictionLogSink store, PredictionRecord[] records, int size, int rows)
    {
        for (var start = 0; start < rows; start += size)
        {
            store.Write([records[start..Math.Min(rows, start + size)]]);
        }
    }

    // A durable server commits each write to disk: a thousand one-row writes say as much as twenty thousand.
    private static int RowsFor(int size) => size == 1 ? Rows / 20 : Rows;

    // Both after a warm-up, then before and now alternately; prints the medians (and the server's CPU per row around each).
    private static void Compare(string name, Action before, Action now, int rows, int? postmaster)
    {
        before();
        now();
        var figures = new List<(double CpuUs, double Bytes, double ServerUs)>[] { [], [] };
        for (var round = 0; round < Rounds; round++)
        {
            for (var side = 0; side < 2; side++)
            {
                var ticks = ServerTicks(postmaster);
                var (cpu, bytes) = Measure(side == 0 ? before : now, rows, warm: false);
                figures[side].Add((cpu, bytes, (ServerTicks(postmaster) - ticks) * 1e6 / TicksPerSecond / rows));
            }
        }
        double Median(int side, Func<(double CpuUs, double Bytes, double ServerUs), double> of) =>
            figures[side].Select(of).Order().ElementAt(Rounds / 2);
        var (b, n) = (Median(0, f => f.CpuUs), Median(1, f => f.CpuUs));
        var server = postmaster is null ? "" : string.Create(CultureInfo.InvariantCulture, $"  server {Median(0, f => f.ServerUs),6:N1} / {Median(1, f => f.ServerUs),6:N1} µs");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-52} {b,10:N2} {n,10:N2} {(n - b) * 100 / b,7:+0;-0}% {Median(0, f => f.Bytes),10:N0} {Median(1, f => f.Bytes),10:N0}{server}"));
    }

    // CPU microseconds and bytes allocated per row of one run of `work` over `rows` rows, after a warm-up run.
    private static (double CpuUs, double Bytes) Measure(Action work, int rows, bool warm = true)
    {
        if (warm)
        {
            work();
        }
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        work();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
        process.Refresh();
        return ((process.TotalProcessorTime - cpu).TotalMicroseconds / rows, (double)allocated / rows);
    }

    private static void Show(string name, (double CpuUs, double Bytes) figure) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-52} {figure.CpuUs,10:N2} {figure.Bytes,10:N0}"));

    private const double TicksPerSecond = 100;

    // CPU ticks of the PostgreSQL server: the postmaster, its live children, and its children that exited.
    private static long ServerTicks(int? postmaster)
    {
        if (postmaster is not { } pid)
        {
            return 0;
        }
        var total = Ticks(pid, children: true);
        foreach (var folder in Directory.GetDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), out var child) && Stat(child) is { } fields && fields[1] == pid.ToString(CultureInfo.InvariantCulture))
            {
                total += Ticks(child, children: false);
            }
        }
        return total;
    }

    private static long Ticks(int pid, bool children)
    {
        var fields = Stat(pid) ?? [];
        if (fields.Length < 15)
        {
            return 0;
        }
        // After the command: state ppid … utime (12th) stime (13th) cutime (14th) cstime (15th), counted from 1 after ')'.
        long Field(int n) => long.Parse(fields[n], CultureInfo.InvariantCulture);
        return Field(11) + Field(12) + (children ? Field(13) + Field(14) : 0);
    }

    // The fields of /proc/PID/stat after the command name (state first, then ppid).
    private static string[]? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            return text[(text.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
    }
}
