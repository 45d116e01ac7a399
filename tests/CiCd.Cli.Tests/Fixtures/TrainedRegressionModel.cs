namespace CiCd.Cli.Tests.Fixtures;

/// <summary>
/// The shipped diabetes example (task: regression) trained once by `mlops train` in a temp folder: one LightGBM
/// setting and two folds, the data path made absolute; a monitor section can be added per test.
/// </summary>
public sealed class TrainedRegressionModel : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("mlops-drift-regression-");

    public TrainedRegressionModel()
    {
        Config = Path.Combine(Folder, "mlops.yaml");
        File.WriteAllText(Config, TinyConfig.Diabetes());
        var train = Mlops.Run("train", "--config", Config, "--out", TrainFolder, "--cache", Path.Combine(Folder, "cache"), "--no-track");
        if (train.ExitCode != 0)
        {
            throw new InvalidOperationException("training the regression fixture model failed: " + train);
        }
    }

    public string Folder => _folder.FullName;

    public string Config { get; }

    public string TrainFolder => Path.Combine(Folder, "out", "train");

    public static string Data => RepositoryRoot.PathOf("data/raw/diabetes.csv");

    /// <summary>A fresh folder for one test's files.</summary>
    public string NewFolder() => Directory.CreateDirectory(Path.Combine(Folder, Guid.NewGuid().ToString("N")[..8])).FullName;

    public void Dispose() => _folder.Delete(recursive: true);
}
