using CiCd.Configuration;
using CiCd.Data;
using CiCd.Metrics;

namespace CiCd.Train.Shards;

/// <summary>
/// The search as work units: every candidate setting × every fold, numbered candidate-major in config order. The
/// split, the folds and the unit numbering depend only on the data, the config and the seed, so every shard
/// process derives the same plan.
/// </summary>
public sealed class SearchPlan
{
    private SearchPlan(MlopsConfig config, Dataset data)
    {
        var training = config.Training;
        Costs = CostModel.From(config.Dataset.Classes, training.CostMatrix);
        (TrainRows, TestRows) = StratifiedSplit.Holdout(data.Labels, training.TestFraction, training.Seed);
        Train = data.Select(TrainRows);
        Test = data.Select(TestRows);
        Validator = new CrossValidator(Train, StratifiedSplit.Folds(Train.Labels, training.Folds, training.Seed), training.Folds, training.Seed, Costs);
        Specs = Expand(config);
        Folds = training.Folds;
    }

    /// <summary>The misclassification costs.</summary>
    public CostModel Costs { get; }

    /// <summary>Rows of the whole dataset in the training split.</summary>
    public int[] TrainRows { get; }

    /// <summary>Rows of the whole dataset held out for the test.</summary>
    public int[] TestRows { get; }

    /// <summary>The training split.</summary>
    public Dataset Train { get; }

    /// <summary>The held-out split.</summary>
    public Dataset Test { get; }

    /// <summary>Cross-validates on the training split's folds.</summary>
    public CrossValidator Validator { get; }

    /// <summary>Every candidate setting, in config order.</summary>
    public IReadOnlyList<CandidateSpec> Specs { get; }

    /// <summary>Folds per candidate.</summary>
    public int Folds { get; }

    /// <summary>Candidates × folds.</summary>
    public int UnitCount => Specs.Count * Folds;

    /// <summary>Splits <paramref name="data"/> and expands the search space of <paramref name="config"/>.</summary>
    public static SearchPlan Create(MlopsConfig config, Dataset data) => new(config, data);

    /// <summary>The candidate settings of <paramref name="config"/> (no data needed), in unit order.</summary>
    public static IReadOnlyList<CandidateSpec> Expand(MlopsConfig config) =>
        [.. config.Training.Candidates.SelectMany(c => SearchSpace.Expand(c, config.Training.Seed))];

    /// <summary>The work units of <paramref name="shard"/>, as (unit number, candidate, fold).</summary>
    public IReadOnlyList<(int Unit, CandidateSpec Spec, int Fold)> UnitsOf(ShardId shard) =>
        [.. Enumerable.Range(0, UnitCount).Where(shard.Owns).Select(u => (u, Specs[u / Folds], u % Folds))];
}
