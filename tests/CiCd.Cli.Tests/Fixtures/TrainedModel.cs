namespace CiCd.Cli.Tests.Fixtures;

/// <summary>A model trained once for the whole collection by `mlops train` in a temp folder, with its reference profile.</summary>
public sealed class TrainedModel : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("mlops-drift-");

    public TrainedModel()
    {
        Config = Path.Combine(Folder, "mlops.yaml");
        File.WriteAllText(Config, TinyConfig.Text());
        TrainRun = Mlops.Run("train", "--config", Config, "--out", TrainFolder, "--cache", CacheFolder, "--no-track");
        if (TrainRun.ExitCode != 0)
        {
            throw new InvalidOperationException("training the fixture model failed: " + TrainRun);
        }
    }

    public string Folder => _folder.FullName;

    public string Config { get; }

    public string TrainFolder => Path.Combine(Folder, "out", "train");

    public string CacheFolder => Path.Combine(Folder, "cache");

    public MlopsRun TrainRun { get; }

    /// <summary>A fresh folder for one test's files.</summary>
    public string NewFolder() => Directory.CreateDirectory(Path.Combine(Folder, Guid.NewGuid().ToString("N")[..8])).FullName;

    public void Dispose() => _folder.Delete(recursive: true);
}
