using System.Text;

namespace CiCd.Init;

/// <summary>The parts of an initial config that differ for a numeric target: its range, the regression candidates and error gates.</summary>
internal static class RegressionDraft
{
    /// <summary>Below this many rows the small-data candidates stay quick to fit and pay off.</summary>
    public const int SmallRows = 2000;

    /// <summary>The target's column line: numeric, never missing, with a range that allows as much again as was observed.</summary>
    public static string TargetLine(string name, NumericTarget target)
    {
        var s = target.Summary;
        var span = Math.Max(s.Max - s.Min, Math.Abs(s.Max));
        var low = s.Min >= 0 ? 0 : Significant(s.Min - span, up: false);
        var high = Significant(s.Max + span, up: true);
        return $"{YamlScalar.Key(name, InitialConfig.ColumnIndent)} {{ kind: numeric, range: [{YamlScalar.Number(low)}, {YamlScalar.Number(high)}], missing: forbid }}" +
            $"   # observed {YamlScalar.Number(s.Min)} to {YamlScalar.Number(s.Max)}, median {YamlScalar.Number(s.Median)}; the range allows as much again";
    }

    /// <summary>
    /// The training section: error-minimising selection and three quick candidates; below <see cref="SmallRows"/> rows the
    /// candidates are the ones small data needs (see <see cref="AppendSmallCandidates"/>). log(1 + y) for a skewed target
    /// is offered as a comment, not set: the search selects by RMSE in the target's own scale, and a model of log(1 + y)
    /// mapped back predicts about a geometric mean, too low for the few large values that RMSE weighs most.
    /// </summary>
    public static void AppendTraining(StringBuilder text, DataSummary data, NumericTarget target)
    {
        text.AppendLine();
        text.AppendLine("training:");
        text.AppendLine("  seed: 42");
        text.AppendLine($"  test_fraction: {YamlScalar.Number(InitialSplit.TestFraction)}");
        text.AppendLine($"  folds: {(data.Rows >= 100 ? 5 : 3)}");
        text.AppendLine("  primary_metric: rmse");
        if (target.WantsLog1p)
        {
            text.AppendLine($"  # target_transform: log1p   # the target is right-skewed (skewness {target.Skewness:0.0}, none below 0): learning log(1 + y)");
            text.AppendLine("                              # evens out relative errors but raises the RMSE this search selects on");
        }
        text.AppendLine("  candidates:");
        if (data.Rows < SmallRows)
        {
            AppendSmallCandidates(text, data.Rows);
            return;
        }
        var leaf = Math.Clamp(data.Rows / 50, 2, 20);
        text.AppendLine("    - trainer: sdca");
        text.AppendLine("      space: { l2_regularization: [0.01], maximum_number_of_iterations: [1000] }");
        text.AppendLine("    - trainer: fast_forest");
        text.AppendLine($"      space: {{ number_of_leaves: [16, 64], number_of_trees: [100], minimum_example_count_per_leaf: [{leaf}] }}");
        text.AppendLine("    - trainer: light_gbm");
        text.AppendLine($"      space: {{ number_of_leaves: [4, 8], number_of_iterations: [200], learning_rate: [0.05], minimum_example_count_per_leaf: [{leaf}] }}");
    }

    // With few rows a handful of extreme ones carry much of the RMSE, and a leaf floor that pools them with their
    // neighbours (the large-data rows/50) costs more than the variance it saves: trees grown out to leaves of two rows
    // with every feature at each split (scikit-learn's random forest default for regression), many of them to average
    // the noise out, and boosting allowed leaves as small; SDCA run to a tight tolerance, since ML.NET's default stops
    // short of the least-squares optimum and a small fit costs nothing. On the regression benchmark's data sets
    // (docs/architecture.md#benchmarks) this is what brings `mlops init`'s configs level with scikit-learn.
    private static void AppendSmallCandidates(StringBuilder text, int rows)
    {
        text.AppendLine("    - trainer: sdca");
        text.AppendLine("      space: { l2_regularization: [0.001, 0.01], maximum_number_of_iterations: [2000], convergence_tolerance: [0.00001] }");
        text.AppendLine("    - trainer: fast_forest   # grown out: a few extreme rows carry much of a small data set's RMSE");
        text.AppendLine($"      space: {{ number_of_leaves: [{Math.Clamp(rows / 2, 16, 512)}], number_of_trees: [500], minimum_example_count_per_leaf: [2], feature_fraction_per_split: [1] }}");
        text.AppendLine("    - trainer: light_gbm");
        text.AppendLine("      space: { number_of_leaves: [4, 8], number_of_iterations: [300], learning_rate: [0.05], minimum_example_count_per_leaf: [2] }");
    }

    /// <summary>The gates: beat always predicting the mean, and stay within 2 % of the production model's error.</summary>
    public static void AppendGates(StringBuilder text, NumericTarget target)
    {
        var spread = Significant(target.Summary.StandardDeviation, up: true);
        text.AppendLine();
        text.AppendLine("# A candidate is registered only if it passes every gate. Lower the bound once you know what the model must reach.");
        text.AppendLine("gates:");
        text.AppendLine("  thresholds:");
        text.AppendLine($"    rmse: {{ max: {YamlScalar.Number(spread)} }}   # the target's standard deviation: about what always predicting the mean scores");
        text.AppendLine("  champion:");
        text.AppendLine("    rules:");
        text.AppendLine("      rmse: { min_relative_change: -0.02 }   # no more than 2 % above the production model's error");
    }

    // Rounds to three significant digits, away from the data (up for an upper bound, down for a lower one).
    internal static double Significant(double value, bool up)
    {
        if (value == 0)
        {
            return 0;
        }
        var scale = Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(value))) - 2);
        return (up ? Math.Ceiling(value / scale) : Math.Floor(value / scale)) * scale;
    }
}
