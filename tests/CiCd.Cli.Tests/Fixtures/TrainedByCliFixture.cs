using CiCd.Testing;

namespace CiCd.Cli.Tests.Fixtures;

/// <summary>Runs <c>mlops train --json</c> once on the tiny binary data (one candidate, two folds) for the tests that read its outputs.</summary>
public sealed class TrainedByCliFixture : IDisposable
{
    public TrainedByCliFixture()
    {
        Folder = new TempFolder();
        CsvBuilder.Tiny(80).WriteTo(Folder);
        ConfigPath = new ConfigBuilder().WriteTo(Folder);
        First = Train("out", "--json");
    }

    public TempFolder Folder { get; }

    public string ConfigPath { get; }

    /// <summary>The first run, into <c>out/</c>, filling the cache in <c>cache/</c>.</summary>
    public MlopsRun First { get; }

    /// <summary>Runs <c>mlops train</c> on the fixture's config and cache into <paramref name="output"/>.</summary>
    public MlopsRun Train(string output, params string[] extra) => TrainWithCache(output, "cache", extra);

    /// <summary>Runs <c>mlops train</c> on the fixture's config with the cache in <paramref name="cache"/>.</summary>
    public MlopsRun TrainWithCache(string output, string cache, params string[] extra) =>
        Mlops.Run(["train", "--config", ConfigPath, "--out", Folder.PathOf(output), "--cache", Folder.PathOf(cache), .. extra]);

    public void Dispose() => Folder.Dispose();
}
