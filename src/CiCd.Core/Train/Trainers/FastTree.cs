using CiCd.Configuration;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace CiCd.Train.Trainers;

/// <summary>
/// FastTree gradient-boosted trees (MART), calibrated to probabilities: one model for two classes, one model
/// per class combined one-versus-all for three or more.
/// </summary>
public sealed class FastTree(TaskKind task) : TreeTrainer
{
    /// <inheritdoc />
    public override string Name => task == TaskKind.Binary ? "fast_tree" : "one_versus_all_fast_tree";

    /// <inheritdoc />
    public override TaskKind Task => task;

    /// <inheritdoc />
    public override IReadOnlyList<HyperParameter> Parameters { get; } =
    [
        new("number_of_leaves", 8, 2, 256, true),
        // One-versus-all fits a model per class, so its default is fewer trees at a higher rate.
        new("number_of_trees", task == TaskKind.Binary ? 100 : 50, 1, 2000, true),
        new("learning_rate", task == TaskKind.Binary ? 0.1 : 0.2, 0.001, 1, false),
        // 10 is also ML.NET's own default, which one-versus-all used before it could be set.
        new("minimum_example_count_per_leaf", 10, 1, 1000, true),
    ];

    /// <inheritdoc />
    public override IEstimator<ITransformer> Create(MLContext ml, IReadOnlyDictionary<string, double> values)
    {
        var trees = ml.BinaryClassification.Trainers.FastTree(
            WithTreeSettings(new FastTreeBinaryTrainer.Options { LearningRate = Value(values, "learning_rate") }, values));
        return task == TaskKind.Binary ? trees : ml.MulticlassClassification.Trainers.OneVersusAll(trees, labelColumnName: ColumnNames.Label);
    }
}
