using CiCd.Testing;

namespace CiCd.Cli.Tests.Fixtures;

/// <summary>
/// The tiny config (two logistic-regression settings and a LightGBM, two folds: six work units) trained three ways:
/// one whole run, three `--shard I/3` processes at once, and a `--merge` of their folders. Only the shards are
/// processes of their own (they are the point: processes side by side writing the files the merge reads); the whole
/// run and the merge run in process, which trains the same model without two more starts of the tool (~1 CPU s each).
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
        var config = Folder.PathOf("mlops.yaml");
        Whole = Mlops.Run("train", "--config", config, "--no-track", "--out", Folder.PathOf("whole"), "--cache", Folder.PathOf("whole-cache"));
        Shards = await Task.WhenAll(Enumerable.Range(1, Count).Select(i =>
            MlopsProcess.RunAsync(Folder.Root, "train", "--shard", $"{i}/{Count}", "--out", $"shards/{i}", "--json")));
        Merge = Mlops.Run("train", "--config", config, "--no-track", "--merge", Folder.PathOf("shards"), "--out", Folder.PathOf("merged"),
            "--cache", Folder.PathOf("merged-cache"), "--json");
    }

    public Task DisposeAsync()
    {
        Folder.Dispose();
        return Task.CompletedTask;
    }
}
