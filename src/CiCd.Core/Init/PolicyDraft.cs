using System.Text;
using CiCd.Configuration;
using CiCd.Formats;

namespace CiCd.Init;

/// <summary>The validation, training, gate and drift sections of an initial config, scaled to the data's size and classes.</summary>
internal static class PolicyDraft
{
    public static void Append(StringBuilder text, DataSummary data)
    {
        var rowsMin = Math.Max(10, data.Rows / 2);
        text.AppendLine();
        text.AppendLine("validation:");
        var sample = MissingShareBound.SampleRows(data.Rows);
        text.AppendLine($"  max_missing_share: {YamlScalar.Number(MissingShareBound.Of(0, data.Rows))}   # for columns without a missing value in {Counted.Of(data.Rows, "row")}: " +
            $"a {sample}-row sample may still hold a few; the others say so with their own `missing`");
        text.AppendLine($"  rows: {{ min: {rowsMin}, max: {data.Rows * 10} }}   # this file has {data.Rows}: half of it up to ten times it");
        text.AppendLine($"  duplicates: {{ max_share: {YamlScalar.Number(Math.Ceiling(data.DuplicateShare * 100) / 100 + 0.01)}, severity: warning }}   # observed {data.DuplicateShare:P1}");
        if (data.NumericTarget is { } target)
        {
            RegressionDraft.AppendTraining(text, data, target);
            RegressionDraft.AppendGates(text, target);
            AppendDrift(text, data);
            return;
        }
        // Whole percent, unless that rounds a rare class's floor down to 0 (no rule at all).
        var half = data.MinClassShare / 2;
        var classFloor = half >= 0.01 ? Math.Floor(half * 100) / 100 : RegressionDraft.Significant(half, up: false);
        text.AppendLine($"  class_share: {{ min: {YamlScalar.Number(classFloor)} }}   # half the smallest class's observed share ({data.MinClassShare:P1})");
        AppendTraining(text, data);
        AppendGates(text, data);
        AppendDrift(text, data);
    }

    private static void AppendTraining(StringBuilder text, DataSummary data)
    {
        var leaf = Math.Clamp(data.Rows / 50, 2, 20);
        var smallest = data.ClassCounts.Min(c => c.Count);
        var folds = Math.Clamp((int)(smallest * 0.8), 2, 5);
        text.AppendLine();
        text.AppendLine("training:");
        text.AppendLine("  seed: 42");
        text.AppendLine($"  test_fraction: {YamlScalar.Number(InitialSplit.TestFraction)}");
        text.AppendLine($"  folds: {folds}");
        if (data.Task == TaskKind.Binary)
        {
            text.AppendLine("  primary_metric: roc_auc");
            text.AppendLine("  # No cost matrix: every error costs 1, so the decision threshold is the one with the fewest errors on the");
            text.AppendLine("  # out-of-fold predictions (ties go to 0.5). Add `cost_matrix` when one kind of error costs more.");
            text.AppendLine("  candidates:");
            text.AppendLine("    - trainer: logistic_regression");
            text.AppendLine("      space: { l2_regularization: [0.1, 1, 10], l1_regularization: [0] }");
            text.AppendLine("    - trainer: fast_tree");
            text.AppendLine($"      space: {{ number_of_leaves: [4, 8], number_of_trees: [100], minimum_example_count_per_leaf: [{leaf}] }}");
            text.AppendLine("    - trainer: light_gbm");
            text.AppendLine($"      space: {{ number_of_leaves: [4, 8], number_of_iterations: [100], learning_rate: [0.05], minimum_example_count_per_leaf: [{leaf}] }}");
            return;
        }
        text.AppendLine("  primary_metric: accuracy");
        text.AppendLine("  candidates:");
        text.AppendLine("    - trainer: maximum_entropy");
        text.AppendLine("      space: { l2_regularization: [0.1, 1], l1_regularization: [0] }");
        text.AppendLine("    - trainer: light_gbm");
        text.AppendLine($"      space: {{ number_of_leaves: [4, 8], number_of_iterations: [100], learning_rate: [0.05], minimum_example_count_per_leaf: [{Math.Min(leaf, 5)}] }}");
        text.AppendLine("    - trainer: one_versus_all_fast_tree");
        text.AppendLine($"      space: {{ number_of_leaves: [4, 8], number_of_trees: [50], minimum_example_count_per_leaf: [{Math.Min(leaf, 5)}] }}");
    }

    private static void AppendGates(StringBuilder text, DataSummary data)
    {
        text.AppendLine();
        text.AppendLine("# A candidate is registered only if it passes every gate. Raise the bounds once you know what the model must reach.");
        text.AppendLine("gates:");
        text.AppendLine("  thresholds:");
        if (data.Task == TaskKind.Binary)
        {
            // The spread of a chance-level AUC on a test split this size (Hanley and McNeil): a smaller win is noise.
            // At least one row each: a class the split leaves out of the test gets the widest spread, not a division by zero.
            var (negatives, positives) = (Math.Max(1, InitialSplit.TestRows(data.ClassCounts[0].Count)), Math.Max(1, InitialSplit.TestRows(data.ClassCounts[1].Count)));
            var spread = Math.Sqrt((negatives + positives + 1) / (12.0 * negatives * positives));
            var floor = Math.Floor((0.5 + Math.Max(0.05, spread)) * 100) / 100;
            text.AppendLine($"    roc_auc: {{ min: {YamlScalar.Number(floor)} }}   # chance (0.5) plus the spread of a chance-level AUC on the ~{negatives + positives}-row test split");
            text.AppendLine("  champion:");
            text.AppendLine("    rules:");
            text.AppendLine("      roc_auc: { min_absolute_change: -0.01 }   # no more than 0.01 below the production model");
            return;
        }
        var baseline = Math.Floor(data.MajorityShare * 100) / 100;
        text.AppendLine($"    accuracy: {{ min: {YamlScalar.Number(baseline)} }}   # at least always predicting the largest class ({data.MajorityShare:P1})");
        text.AppendLine("  champion:");
        text.AppendLine("    rules:");
        text.AppendLine("      accuracy: { min_absolute_change: -0.01 }   # no more than 0.01 below the production model");
    }

    private static void AppendDrift(StringBuilder text, DataSummary data)
    {
        var sample = MissingShareBound.SampleRows(data.Rows);
        text.AppendLine();
        text.AppendLine("# `mlops drift` compares current data with the reference profile `mlops train` keeps with the model.");
        text.AppendLine("drift:");
        text.AppendLine("  share: 0.5            # dataset drift when drifted columns / tested columns ≥ 0.5 (exit 1)");
        text.AppendLine("  p_value: 0.05         # references up to 1000 rows use hypothesis tests: drift when p < 0.05");
        text.AppendLine($"  min_current_sample: {sample}   # a fifth of this file's rows (20 to 200): smaller current samples are only amber");
    }
}
