using System.Globalization;
using CiCd.Configuration;

namespace CiCd.Train;

/// <summary>
/// A card's target in one line, for the readers that show a version beside its metrics (`mlops model show`, the
/// release notes): a regression target's distribution on the training split, a classifier's class balance on the
/// test split (its confusion matrix's rows; the split is stratified, so the shares are the training data's).
/// </summary>
public static class TargetDistributionText
{
    /// <summary>A label and the line, or null when the card holds neither (a card written before it kept them).</summary>
    public static (string Label, string Text)? Of(ModelCard card)
    {
        if (card.TargetDistribution is { } target)
        {
            var transform = card.TargetTransform == TargetTransform.None ? "" : ", learned through log1p";
            return ($"target {card.Target} (training split)",
                $"count {target.Count}, min {F(target.Min)}, 25 % {F(target.P25)}, median {F(target.Median)}, mean {F(target.Mean)}, " +
                $"75 % {F(target.P75)}, max {F(target.Max)}, sd {F(target.StandardDeviation)}{transform}");
        }
        var matrix = card.ConfusionMatrix;
        if (card.Task == TaskKind.Regression || matrix.Classes.Count == 0 || matrix.Counts.Length != matrix.Classes.Count)
        {
            return null;
        }
        var counts = matrix.Counts.Select(row => row.Sum()).ToArray();
        var total = Math.Max(1, counts.Sum());
        return ($"class balance of {card.Target} (test split)", string.Join(", ", matrix.Classes.Select((name, i) =>
            string.Create(CultureInfo.InvariantCulture, $"{name} {counts[i]} ({100.0 * counts[i] / total:0.0} %)"))));
    }

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
