using System.Diagnostics;
using System.Globalization;

namespace CiCd.Benchmarks;

/// <summary>
/// Speed-up of the sharded search against one process: for each shard count N, N processes at once, shard I pinned to
/// core (I − 1) mod cores with taskset, then the merge on one core; the peer is the whole search in one process on one
/// core. Prints wall and CPU seconds (user + system, from /usr/bin/time) side by side, and checks that every merge
/// wrote the same test predictions and card selection as the whole run.
/// </summary>
internal static class ShardBenchmark
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(string config, IReadOnlyList<int> counts)
    {
        var root = Directory.CreateTempSubdirectory("cicd-shard-bench-").FullName;
        var cores = Environment.ProcessorCount;
        Console.WriteLine($"config {config}; {cores} cores; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at start");
        var whole = Step(0, "whole", config, "-", Path.Combine(root, "whole"));
        var expected = File.ReadAllBytes(Path.Combine(root, "whole", "evaluation", "test-predictions.csv"));
        Console.WriteLine($"whole search, 1 process on core 0: wall {whole.Wall:F1} s, CPU {whole.Cpu:F1} s, peak {whole.PeakMb} MB");
        Console.WriteLine();
        Console.WriteLine("| shards | wall: slowest shard + merge = total | CPU s: slowest shard / all shards / merge | speed-up, wall | speed-up, CPU critical path | identical |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var count in counts)
        {
            var folder = Path.Combine(root, $"n{count}");
            var shards = Enumerable.Range(1, count)
                .Select(i => Task.Run(() => Step((i - 1) % cores, "shard", config, $"{i}/{count}", Path.Combine(folder, "shards", $"{i}"))))
                .ToArray();
            Task.WaitAll(shards);
            var merge = Step(0, "merge", config, Path.Combine(folder, "shards"), Path.Combine(folder, "merged"));
            var slowest = shards.Max(s => s.Result.Wall);
            var slowestCpu = shards.Max(s => s.Result.Cpu);
            var same = expected.SequenceEqual(File.ReadAllBytes(Path.Combine(folder, "merged", "evaluation", "test-predictions.csv")));
            // With one free core per shard, the run takes its slowest shard and then the merge: the CPU critical path.
            Console.WriteLine(string.Create(Invariant,
                $"| {count} | {slowest:F1} + {merge.Wall:F1} = {slowest + merge.Wall:F1} | {slowestCpu:F1} / {shards.Sum(s => s.Result.Cpu):F1} / {merge.Cpu:F1} | " +
                $"{whole.Wall / (slowest + merge.Wall):F2}× | {whole.Cpu / (slowestCpu + merge.Cpu):F2}× | {(same ? "yes" : "NO")} |"));
        }
        Directory.Delete(root, recursive: true);
        return 0;
    }

    private static Measured Step(int core, string mode, string config, string shard, string output)
    {
        Directory.CreateDirectory(output);
        var times = Path.Combine(output, "time.txt");
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            RedirectStandardOutput = true,
        };
        foreach (var argument in (string[])["-f", "%e %U %S %M", "-o", times, "taskset", "-c", core.ToString(Invariant),
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", Path.Combine(AppContext.BaseDirectory, "CiCd.Benchmarks.dll"),
            "shard-step", mode, config, shard, output])
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"shard-step {mode} {shard} exited with {process.ExitCode}");
        }
        var parts = File.ReadAllLines(times)[^1].Split(' ').Select(p => double.Parse(p, Invariant)).ToArray();
        return new Measured(parts[0], parts[1] + parts[2], (int)(parts[3] / 1024));
    }

    private sealed record Measured(double Wall, double Cpu, int PeakMb);
}
