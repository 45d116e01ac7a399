using CiCd.Testing;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>The regression models: the shipped examples' data and schema, one quick candidate each.</summary>
public sealed partial class TrainedModel
{
    // Trees of every regression family the compiled path covers, and a linear model it does not.
    private static readonly Lazy<TrainedModel> RegressionForestModel = new(() => Train("examples/diabetes/mlops.yaml", "diabetes.csv", """
        - trainer: fast_forest
          space: { number_of_trees: [40], number_of_leaves: [16], minimum_example_count_per_leaf: [5] }
        """, seed: 7, primaryMetric: "rmse"));

    private static readonly Lazy<TrainedModel> RegressionBoostedModel = new(() => Train("examples/diabetes/mlops.yaml", "diabetes.csv", """
        - trainer: fast_tree
          space: { number_of_trees: [60], number_of_leaves: [8], learning_rate: [0.1], minimum_example_count_per_leaf: [10] }
        """, seed: 7, primaryMetric: "rmse"));

    private static readonly Lazy<TrainedModel> RegressionLinearModel = new(() => Train("examples/diabetes/mlops.yaml", "diabetes.csv", """
        - trainer: sdca
          space: { l2_regularization: [0.01], maximum_number_of_iterations: [200] }
        """, seed: 7, primaryMetric: "rmse"));

    // The cpu data with training on log(1 + y) (set here; the example itself learns the raw target): every served value must be mapped back with exp(p) − 1.
    private static readonly Lazy<TrainedModel> LogTargetModel = new(() => Train("examples/cpu/mlops.yaml", "cpu.csv", config => config.WithOnlyTraining("""
        training:
          seed: 7
          test_fraction: 0.2
          folds: 2
          primary_metric: rmse
          target_transform: log1p
          candidates:
            - trainer: light_gbm
              space: { number_of_leaves: [4], number_of_iterations: [80], learning_rate: [0.1], minimum_example_count_per_leaf: [3] }
        """)));

    /// <summary>Diabetes, regression, a FastForest random forest (the mean of its trees).</summary>
    public static TrainedModel RegressionForest => RegressionForestModel.Value;

    /// <summary>Diabetes, regression, FastTree boosted trees (the sum of its trees).</summary>
    public static TrainedModel RegressionBoosted => RegressionBoostedModel.Value;

    /// <summary>Diabetes, regression, SDCA least squares (a linear model: ML.NET's row mapper).</summary>
    public static TrainedModel RegressionLinear => RegressionLinearModel.Value;

    /// <summary>CPU performance, regression on log(1 + y), LightGBM boosted trees.</summary>
    public static TrainedModel LogTarget => LogTargetModel.Value;
}
