using CiCd.Configuration;
using CiCd.Testing;
using CiCd.Train;
using CiCd.Train.Shards;

namespace CiCd.Core.Tests.Fixtures;

/// <summary>
/// One small search (two logistic-regression settings and a LightGBM, two folds: six work units) trained three ways:
/// in one process, as four shards (one folder each, <c>shards/s1</c>…<c>s4</c>), and merged from those shards.
/// </summary>
public sealed class ShardedRunFixture : IDisposable
{
    public const int Count = 4;

    public ShardedRunFixture()
    {
        Folder = new TempFolder();
        CsvBuilder.Tiny(80).WriteTo(Folder);
        ConfigPath = new ConfigBuilder()
            .Candidates("- trainer: logistic_regression", "  space:", "    l2_regularization: [1, 100]",
                "- trainer: light_gbm", "  space:", "    number_of_iterations: [20]", "    minimum_example_count_per_leaf: [5]")
            .WriteTo(Folder);
        Config = ConfigLoader.Load(ConfigPath);
        OneProcess = new TrainingEngine(Config, Options("single", "single-cache")).Run();
        Shards = [.. Enumerable.Range(1, Count).Select(i =>
        {
            var progress = new List<TrainingProgress>();
            var run = new TrainingEngine(Config, Options($"shards/s{i}", "unused"), new Recorder(progress)).RunShard(new ShardId(i, Count));
            return (run, (IReadOnlyList<TrainingProgress>)progress);
        })];
        Merged = new TrainingEngine(Config, Options("merged", "merged-cache") with { MergeFrom = [Folder.PathOf("shards")] }).Run();
    }

    public TempFolder Folder { get; }

    public string ConfigPath { get; }

    public MlopsConfig Config { get; }

    public TrainingResult OneProcess { get; }

    public IReadOnlyList<(ShardRun Run, IReadOnlyList<TrainingProgress> Progress)> Shards { get; }

    public TrainingResult Merged { get; }

    public TrainingOptions Options(string output, string cache) =>
        new(Folder.PathOf(output), Folder.PathOf(cache), UseCache: true, Parallelism: 2);

    public void Dispose() => Folder.Dispose();

    private sealed class Recorder(List<TrainingProgress> steps) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value)
        {
            lock (steps)
            {
                steps.Add(value);
            }
        }
    }
}
