using Microsoft.ML.Trainers.FastTree;

namespace CiCd.Train.Trainers;

/// <summary>A trainer over an ensemble of ML.NET trees (boosted or a forest): the settings they share, mapped in one place.</summary>
public abstract class TreeTrainer : TrainerDefinition
{
    /// <summary>Sets the columns, the tree settings every tree trainer declares, and a single thread on <paramref name="options"/>.</summary>
    protected TOptions WithTreeSettings<TOptions>(TOptions options, IReadOnlyDictionary<string, double> values)
        where TOptions : TreeOptions
    {
        options.LabelColumnName = ColumnNames.Label;
        options.FeatureColumnName = ColumnNames.Features;
        options.NumberOfLeaves = IntValue(values, "number_of_leaves");
        options.NumberOfTrees = IntValue(values, "number_of_trees");
        options.MinimumExampleCountPerLeaf = IntValue(values, "minimum_example_count_per_leaf");
        options.NumberOfThreads = 1;
        return options;
    }
}
