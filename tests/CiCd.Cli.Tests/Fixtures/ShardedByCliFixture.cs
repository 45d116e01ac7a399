using CiCd.Testing;

namespace CiCd.Cli.Tests.Fixtures;

/// <summary>
/// The tiny config (two logistic-regression settings and a LightGBM, two folds: six work units) trained by `mlops`
/// processes: one whole run, three `--shard I/3` processes at once, and a `--merge` of their folders.
/// </summary>
public sealed class ShardedByCliFixture : IAsyncLifetime
{
    public const int Count = 3;

    public TempFolder Folder { get; } = new();

    public MlopsRun Whole { get; private set; } = null!;

    public IReadOnlyList<MlopsRun> Shards { get; private set; } = [];

    public MlopsRun Merge { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        CsvBuilder.Tiny(80).WriteTo(Folder);
        new ConfigBuilder()
            .Candidates("- trainer: logistic_regression", "  space:", "    l2_regularization: [1, 100]",
                "- trainer: light_gbm", "  space:", "    number_of_iterations: [20]", "    minimum_example_count_per_leaf: [5]")
            .Training("shards", Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WriteTo(Folder);
        Whole = await MlopsProcess.RunAsync(Folder.Root, "train", "--no-track", "--out", "whole", "--cache", "whole-cache");
        Shards = await Task.WhenAll(Enumerable.Range(1, Count).Select(i =>
            MlopsProcess.RunAsync(Folder.Root, "train", "--shard", $"{i}/{Count}", "--out", $"shards/{i}", "--json")));
        Merge = await MlopsProcess.RunAsync(Folder.Root, "train", "--no-track", "--merge", "shards", "--out", "merged", "--cache", "merged-cache", "--json");
    }

    public Task DisposeAsync()
    {
        Folder.Dispose();
        return Task.CompletedTask;
    }
}
