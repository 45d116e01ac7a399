using CiCd.Configuration;
using CiCd.Formats;
using CiCd.Testing;
using CiCd.Train;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>
/// A small model trained once per test run from the shipped data with one fast candidate and two folds, so
/// the tests need nothing prepared beforehand. Tests copy <see cref="Folder"/> before changing anything in it.
/// </summary>
public sealed partial class TrainedModel
{
    // The credit models share the data and split; each trains one quick candidate.
    private static readonly Lazy<TrainedModel> CreditModel = new(() => Train("mlops.yaml", "german_credit.csv", """
        - trainer: logistic_regression
          space:
            l2_regularization: [1]
            l1_regularization: [0]
        """));

    // Small tree ensembles, the shapes the service scores through compiled trees.
    private static readonly Lazy<TrainedModel> ForestModel = new(() => Train("mlops.yaml", "german_credit.csv", """
        - trainer: fast_forest
          space: { number_of_trees: [60], number_of_leaves: [32], minimum_example_count_per_leaf: [5] }
        """));

    private static readonly Lazy<TrainedModel> BoostedModel = new(() => Train("mlops.yaml", "german_credit.csv", """
        - trainer: fast_tree
          space: { number_of_trees: [50], number_of_leaves: [16], learning_rate: [0.1], minimum_example_count_per_leaf: [10] }
        """));

    private static readonly Lazy<TrainedModel> DigitsModel = new(() => Train("examples/digits/mlops.yaml", "digits.csv", """
        - trainer: maximum_entropy
          space:
            l2_regularization: [1]
            l1_regularization: [0]
        """, seed: 7, primaryMetric: "accuracy"));

    private TrainedModel(string folder, MlopsConfig config)
    {
        Folder = folder;
        Config = config;
        Card = JsonReport.Read<ModelCard>(Path.Combine(folder, TrainingFiles.CardJson));
    }

    /// <summary>German credit, binary.</summary>
    public static TrainedModel Credit => CreditModel.Value;

    /// <summary>German credit, binary, a FastForest random forest.</summary>
    public static TrainedModel Forest => ForestModel.Value;

    /// <summary>German credit, binary, FastTree boosted trees.</summary>
    public static TrainedModel Boosted => BoostedModel.Value;

    /// <summary>Digits, ten classes.</summary>
    public static TrainedModel Digits => DigitsModel.Value;

    public string Folder { get; }

    public MlopsConfig Config { get; }

    public ModelCard Card { get; }

    /// <summary>A private copy of the model folder that a test may rewrite.</summary>
    public string CopyTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in new[] { TrainingFiles.Model, TrainingFiles.CardJson })
        {
            File.Copy(Path.Combine(Folder, file), Path.Combine(folder, file), overwrite: true);
        }
        return folder;
    }

    private static TrainedModel Train(string configFile, string dataFile, string candidate, int seed = 42, string primaryMetric = "roc_auc") =>
        Train(configFile, dataFile, config => config.WithQuickTraining(candidate, seed, primaryMetric));

    private static TrainedModel Train(string configFile, string dataFile, Func<ShippedConfig, ShippedConfig> training)
    {
        // The shipped dataset and schema, with a training section reduced to one quick candidate.
        var data = RepositoryRoot.PathOf($"data/raw/{dataFile}");
        var yaml = training(ShippedConfig.Read(configFile).WithDataPath(data)).ToString();
        // Trained once per test run and shared (the dashboard tests train the same models; see TrainedModels).
        var work = TrainedModels.Folder("training pipeline", yaml, [data], folder =>
        {
            var configPath = Path.Combine(folder, "mlops.yaml");
            File.WriteAllText(configPath, yaml);
            var config = ConfigLoader.Load(configPath);
            new TrainingEngine(config, new TrainingOptions(Path.Combine(folder, "model"), Path.Combine(folder, "cache"), UseCache: false)).Run();
        });
        return new TrainedModel(Path.Combine(work, "model"), ConfigLoader.Load(Path.Combine(work, "mlops.yaml")));
    }
}
