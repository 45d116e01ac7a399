using System.Globalization;
using CiCd.Configuration;
using CiCd.Pipeline.Train;
using CiCd.Testing;
using CiCd.Train;

namespace CiCd.Image.Tests.Fixtures;

/// <summary>
/// A real regression model on the shipped diabetes example: its dataset section as shipped, one boosted-tree candidate
/// (the compiled-tree fast path serves it) learning log1p of the target, trained like `mlops train` in seconds and
/// shared through <see cref="TrainedModels"/>. Not part of <see cref="ImageEnvironment"/>: only the tests that use it pay for it.
/// </summary>
public static class RegressionModel
{
    /// <summary>The config text; the data path is absolute, so the text can be written to any folder for `mlops image smoke --config`.</summary>
    public static string ConfigText(int trees) => ShippedConfig.Read("examples/diabetes/mlops.yaml")
        .WithDataPath(RepositoryRoot.PathOf("data/raw/diabetes.csv"))
        .WithOnlyTraining($"""
            training:
              seed: 7
              test_fraction: 0.2
              folds: 2
              primary_metric: rmse
              target_transform: log1p
              candidates:
                - trainer: fast_tree
                  space:
                    number_of_leaves: [8]
                    number_of_trees: [{trees.ToString(CultureInfo.InvariantCulture)}]
                    minimum_example_count_per_leaf: [5]
            """).ToString();

    /// <summary>The model with <paramref name="trees"/> boosted trees, trained once per test run; read-only.</summary>
    public static TrainedModel Train(int trees)
    {
        var text = ConfigText(trees);
        var config = ConfigLoader.Parse(RepositoryRoot.PathOf("examples/diabetes/mlops.yaml"), text);
        var trained = TrainedModels.Folder("regression train stage", text, [config.Dataset.Path], folder =>
            new TrainStage(config, new TrainingOptions(Path.Combine(folder, "model"), Path.Combine(folder, "cache"), UseCache: false, Parallelism: 1)).Run());
        return new TrainedModel(Path.Combine(trained, "model"), config);
    }
}
