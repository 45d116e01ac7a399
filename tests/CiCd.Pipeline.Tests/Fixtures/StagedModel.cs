using CiCd.Configuration;
using CiCd.Pipeline.Train;
using CiCd.Testing;
using CiCd.Train;

namespace CiCd.Pipeline.Tests.Fixtures;

/// <summary>
/// The train stage run twice on the tiny binary data with tracking: a fresh run into <c>out/first</c> that fills
/// the cache, then a cache hit into <c>out/hit</c>.
/// </summary>
public sealed class StagedModel : IDisposable
{
    public StagedModel()
    {
        Folder = new TempFolder();
        CsvBuilder.Tiny(80).WriteTo(Folder);
        Config = ConfigLoader.Load(new ConfigBuilder().WriteTo(Folder));
        First = Train("out/first");
        Hit = Train("out/hit");
    }

    public TempFolder Folder { get; }

    public MlopsConfig Config { get; }

    public TrainOutcome First { get; }

    public TrainOutcome Hit { get; }

    public string CachePath => Folder.PathOf("cache");

    public TrainOutcome Train(string output, bool useCache = true) =>
        new TrainStage(Config, new TrainingOptions(Folder.PathOf(output), CachePath, useCache), new TrainingTracker(Config)).Run();

    public void Dispose() => Folder.Dispose();
}
