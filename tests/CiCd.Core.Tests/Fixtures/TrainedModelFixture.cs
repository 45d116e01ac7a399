using CiCd.Configuration;
using CiCd.Testing;
using CiCd.Train;

namespace CiCd.Core.Tests.Fixtures;

/// <summary>
/// Trains the tiny binary config once (two logistic-regression settings, two folds) for the tests that read
/// its outputs; a second, uncached run with the same seed is made on first use, for determinism checks (its clock steps one second
/// per reading, so its progress's pace is known exactly).
/// </summary>
public sealed class TrainedModelFixture : IDisposable
{
    private readonly Lazy<(TrainingResult Result, IReadOnlyList<TrainingProgress> Progress)> _rerun;

    public TrainedModelFixture()
    {
        Folder = new TempFolder();
        CsvBuilder.Tiny(80).WriteTo(Folder);
        Config = ConfigLoader.Load(new ConfigBuilder()
            .Candidates("- trainer: logistic_regression", "  space:", "    l2_regularization: [1, 100]")
            .WriteTo(Folder));
        Result = new TrainingEngine(Config, Options("first")).Run();
        _rerun = new Lazy<(TrainingResult, IReadOnlyList<TrainingProgress>)>(() =>
        {
            var progress = new ProgressRecorder();
            // One unit at a time: units begin and end in a known order, so the stepping clock's readings, and the figures, are exact.
            var result = new TrainingEngine(Config, Options("rerun", useCache: false, cache: "rerun-cache") with { Clock = new SteppingClock(TimeSpan.FromSeconds(1)), Parallelism = 1 }, progress).Run();
            return (result, progress.Steps);
        });
    }

    public TempFolder Folder { get; }

    public MlopsConfig Config { get; }

    /// <summary>The first run, into <c>first/</c>, filling the cache in <c>cache/</c>.</summary>
    public TrainingResult Result { get; }

    /// <summary>A second run with the same inputs, cache off, one unit at a time, into <c>rerun/</c>.</summary>
    public TrainingResult Rerun => _rerun.Value.Result;

    /// <summary>The progress the second run reported.</summary>
    public IReadOnlyList<TrainingProgress> RerunProgress => _rerun.Value.Progress;

    public TrainingOptions Options(string output, bool useCache = true, string cache = "cache") =>
        new(Folder.PathOf(output), Folder.PathOf(cache), useCache, Parallelism: 2);

    public void Dispose() => Folder.Dispose();
}
