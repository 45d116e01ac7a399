using CiCd.Data;
using CiCd.Metrics;
using CiCd.Reporting.Content;
using CiCd.Train;
using Microsoft.ML;

namespace CiCd.Reporting.Importance;

/// <summary>
/// Permutation feature importance on the held-out test split: shuffle one feature's values across rows
/// (seeded), re-score with the unchanged model, and measure how much the primary metric gets worse.
/// Repeats give a spread, so a feature whose "importance" is shuffle noise shows as such.
/// </summary>
public sealed class PermutationImportance(ITransformer model, ModelCard card, CostModel costs)
{
    /// <summary>Measures every feature of <paramref name="test"/> over <paramref name="repeats"/> shuffles.</summary>
    public ImportanceResult Measure(Dataset test, int repeats, int seed)
    {
        var metric = card.Training.PrimaryMetric;
        var sign = MetricCatalog.HigherIsBetter(metric) ? 1 : -1;
        var baseline = Score(test, test.Columns, metric);
        var features = test.Columns
            .Select((column, index) =>
            {
                // One generator per feature, so the result does not depend on the order features are measured in.
                var random = new Random(FeatureSeed(seed, index));
                var drops = Enumerable.Range(0, repeats)
                    .Select(_ => sign * (baseline - Score(test, Replace(test.Columns, index, Shuffled(column, random)), metric)))
                    .ToArray();
                return new FeatureImportance(column.Name, drops.Average(), Spread(drops), drops);
            })
            .OrderByDescending(f => f.MeanDrop)
            .ToList();
        return new ImportanceResult(metric, baseline, repeats, seed, test.RowCount, features);
    }

    /// <summary>
    /// The seed of one feature's shuffles. Plain arithmetic on purpose: <see cref="HashCode"/> is randomised
    /// per process, which would make the "seeded" importance differ from one report to the next.
    /// </summary>
    internal static int FeatureSeed(int seed, int featureIndex) => unchecked((seed * 1_000_003) + featureIndex);

    private double Score(Dataset test, IReadOnlyList<DatasetColumn> columns, string metric)
    {
        var view = new TableDataView(columns, test.RowCount, null, card.Classes.Count);
        if (test.Targets is { } targets)
        {
            var predicted = Train.Regression.RegressionScorer.Predict(model, view, card.TargetTransform);
            return Metrics.Regression.RegressionEvaluator.Metrics(targets, predicted)[metric];
        }
        var probabilities = ModelScorer.Probabilities(model, view, card.Task);
        return Evaluator.Evaluate(card.Task, card.Classes, test.Labels, probabilities, costs, card.Threshold).Metrics[metric];
    }

    private static List<DatasetColumn> Replace(IReadOnlyList<DatasetColumn> columns, int index, DatasetColumn column) =>
        columns.Select((c, i) => i == index ? column : c).ToList();

    private static DatasetColumn Shuffled(DatasetColumn column, Random random)
    {
        var order = Enumerable.Range(0, column.Numbers?.Length ?? column.Texts!.Length).ToArray();
        random.Shuffle(order);
        return column.Select(order);
    }

    // Sample standard deviation, as the training run reports its CV spread.
    private static double Spread(double[] values)
    {
        if (values.Length < 2)
        {
            return 0;
        }
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }
}
