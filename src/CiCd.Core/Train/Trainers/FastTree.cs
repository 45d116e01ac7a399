using CiCd.Configuration;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace CiCd.Train.Trainers;

/// <summary>FastTree gradient-boosted trees (MART), calibrated to probabilities.</summary>
public sealed class FastTree : TrainerDefinition
{
    /// <inheritdoc />
    public override string Name => "fast_tree";

    /// <inheritdoc />
    public override TaskKind Task => TaskKind.Binary;

    /// <inheritdoc />
    public override IReadOnlyList<HyperParameter> Parameters { get; } =
    [
        new("number_of_leaves", 8, 2, 256, true),
        new("number_of_trees", 100, 1, 2000, true),
        new("learning_rate", 0.1, 0.001, 1, false),
        new("minimum_example_count_per_leaf", 10, 1, 1000, true),
    ];

    /// <inheritdoc />
    public override IEstimator<ITransformer> Create(MLContext ml, IReadOnlyDictionary<string, double> values) =>
        ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = ColumnNames.Label,
            FeatureColumnName = ColumnNames.Features,
            NumberOfLeaves = IntValue(values, "number_of_leaves"),
            NumberOfTrees = IntValue(values, "number_of_trees"),
            LearningRate = Value(values, "learning_rate"),
            MinimumExampleCountPerLeaf = IntValue(values, "minimum_example_count_per_leaf"),
            NumberOfThreads = 1,
        });
}
