using CiCd.Configuration;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace CiCd.Train.Trainers;

/// <summary>One boosted-tree model per class, combined one-versus-all.</summary>
public sealed class OneVersusAllFastTree : TrainerDefinition
{
    /// <inheritdoc />
    public override string Name => "one_versus_all_fast_tree";

    /// <inheritdoc />
    public override TaskKind Task => TaskKind.Multiclass;

    /// <inheritdoc />
    public override IReadOnlyList<HyperParameter> Parameters { get; } =
    [
        new("number_of_leaves", 8, 2, 256, true),
        new("number_of_trees", 50, 1, 2000, true),
        new("learning_rate", 0.2, 0.001, 1, false),
    ];

    /// <inheritdoc />
    public override IEstimator<ITransformer> Create(MLContext ml, IReadOnlyDictionary<string, double> values) =>
        ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                NumberOfLeaves = IntValue(values, "number_of_leaves"),
                NumberOfTrees = IntValue(values, "number_of_trees"),
                LearningRate = Value(values, "learning_rate"),
                NumberOfThreads = 1,
            }),
            labelColumnName: ColumnNames.Label);
}
