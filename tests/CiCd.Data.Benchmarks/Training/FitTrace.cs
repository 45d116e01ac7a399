using System.Diagnostics;
using System.Globalization;
using Microsoft.ML;

namespace CiCd.Data.Benchmarks.Training;

/// <summary>
/// Where a fit's memory goes over time: a background thread samples, every quarter second, the resident MB (VmRSS),
/// the GC heap's size and committed MB, the gen2 collections so far and the phase the fit is in. Phases are ML.NET's
/// own channel messages (the context's log: "Loading data for LightGBM", "Training with LightGBM", ...) plus the
/// markers the caller sets, so the trace shows which step holds the peak and whether it is managed or native.
/// </summary>
internal sealed class FitTrace : IDisposable
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private readonly TextWriter _out;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Thread _sampler;
    private volatile bool _stop;
    private volatile string _phase = "start";

    public FitTrace(TextWriter output)
    {
        _out = output;
        _out.WriteLine("seconds\trss_mb\tgc_heap_mb\tgc_committed_mb\tgen2\tphase");
        _sampler = new Thread(Sample) { IsBackground = true, Name = "fit-trace" };
        _sampler.Start();
    }

    /// <summary>Marks the phases ML.NET's channels report on <paramref name="ml"/> (channel start and finish).</summary>
    public void Follow(MLContext ml) => ml.Log += (_, e) =>
    {
        if (e.Message.Contains("Channel started", StringComparison.Ordinal) || e.Message.Contains("Channel finished", StringComparison.Ordinal))
        {
            Mark($"{e.Source}: {e.Message}");
        }
    };

    public void Mark(string phase)
    {
        _phase = phase;
        Write();
    }

    public void Dispose()
    {
        _stop = true;
        _sampler.Join();
        Write();
    }

    private void Sample()
    {
        while (!_stop)
        {
            Write();
            Thread.Sleep(250);
        }
    }

    private void Write()
    {
        var info = GC.GetGCMemoryInfo();
        var line = string.Create(Invariant, $"{_clock.Elapsed.TotalSeconds:F2}\t{ProcessMemory.ResidentMegabytes():F0}\t" +
            $"{info.HeapSizeBytes / 1048576.0:F0}\t{info.TotalCommittedBytes / 1048576.0:F0}\t{GC.CollectionCount(2)}\t{_phase}");
        lock (_out)
        {
            _out.WriteLine(line);
            _out.Flush();
        }
    }
}
