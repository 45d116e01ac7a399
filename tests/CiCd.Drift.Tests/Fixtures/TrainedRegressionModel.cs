using System.Text.RegularExpressions;
using CiCd.Testing;

namespace CiCd.Drift.Tests.Fixtures;

/// <summary>
/// The shipped diabetes example (task: regression) trained once by `mlops train` in a temp folder: one LightGBM
/// setting and two folds, the data path made absolute; a monitor section can be added per test.
/// </summary>
public sealed partial class TrainedRegressionModel : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("mlops-drift-regression-");

    public TrainedRegressionModel()
    {
        Config = Path.Combine(Folder, "mlops.yaml");
        File.WriteAllText(Config, ConfigText());
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

    /// <summary>The config with <paramref name="section"/> appended (a top-level YAML block such as a monitor section).</summary>
    public static string ConfigText(string section = "")
    {
        var text = File.ReadAllText(RepositoryRoot.PathOf("examples/diabetes/mlops.yaml"))
            .Replace("path: ../../data/raw/diabetes.csv", $"path: {Data}", StringComparison.Ordinal)
            .Replace("folds: 5", "folds: 2", StringComparison.Ordinal);
        return Candidates().Replace(text, "  candidates:\n    - trainer: light_gbm\n      space:\n        number_of_leaves: [4]\n" +
            "        number_of_iterations: [60]\n        learning_rate: [0.05]\n        minimum_example_count_per_leaf: [20]\n\n") + section;
    }

    /// <summary>A fresh folder for one test's files.</summary>
    public string NewFolder() => Directory.CreateDirectory(Path.Combine(Folder, Guid.NewGuid().ToString("N")[..8])).FullName;

    public void Dispose() => _folder.Delete(recursive: true);

    [GeneratedRegex(@"  candidates:\n.*?\n\n", RegexOptions.Singleline)]
    private static partial Regex Candidates();
}
