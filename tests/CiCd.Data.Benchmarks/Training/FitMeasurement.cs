namespace CiCd.Data.Benchmarks.Training;

/// <summary>
/// One learner's figures on the train/test split: seconds to load the CSV into memory, seconds to fit, the process's
/// peak RSS (load and fit included), test accuracy, and the load average before and after (a shared machine).
/// </summary>
internal sealed record FitMeasurement(string Name, double LoadSeconds, double FitSeconds, double PeakMegabytes, double Accuracy, string Note)
{
    /// <summary>CPU seconds (user + system) of the fit: the fairer figure when other work shares the cores.</summary>
    public double FitCpuSeconds { get; init; }

    /// <summary>Resident MB just before the fit (runtime, training and test data loaded).</summary>
    public double FitBaseMegabytes { get; init; }

    /// <summary>Peak resident MB during the fit alone (the kernel's high-water mark is reset just before it).</summary>
    public double FitPeakMegabytes { get; init; }

    public double LoadBefore { get; init; }

    public double LoadAfter { get; init; }
}
