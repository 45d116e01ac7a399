using System.Collections.Concurrent;
using CiCd.Train;

namespace CiCd.Core.Tests.Fixtures;

/// <summary>Keeps every progress report a run makes, in the order they arrived (reports come from the units' threads).</summary>
public sealed class ProgressRecorder : IProgress<TrainingProgress>
{
    private readonly ConcurrentQueue<TrainingProgress> _steps = new();

    public IReadOnlyList<TrainingProgress> Steps => [.. _steps];

    public void Report(TrainingProgress value) => _steps.Enqueue(value);
}
