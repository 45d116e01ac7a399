using System.ComponentModel.DataAnnotations;

namespace CiCd.Serving.Hosting;

/// <summary>Where and how much of the traffic the prediction log keeps; bound from <c>PredictionLog</c>.</summary>
public sealed class PredictionLogOptions
{
    /// <summary>The SQLite file; empty turns the log off.</summary>
    public string Path { get; set; } = "";

    /// <summary>Share of predicted rows written (1: all, 0: none).</summary>
    [Range(0.0, 1.0)]
    public double SamplingRate { get; set; } = 1.0;

    /// <summary>Rows the background queue holds before new ones are dropped (and counted).</summary>
    [Range(1, 10_000_000)]
    public int QueueCapacity { get; set; } = 100_000;

    /// <summary>Rows written per SQLite transaction at most.</summary>
    [Range(1, 100_000)]
    public int WriteBatchSize { get; set; } = 1000;
}
