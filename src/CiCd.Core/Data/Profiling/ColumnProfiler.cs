using CiCd.Configuration;

namespace CiCd.Data.Profiling;

/// <summary>Profiles one column in one sort and a few linear passes: kinds, missing values, distribution, mix and association with the target.</summary>
internal sealed class ColumnProfiler(Dataset data, ProfileOptions options)
{
    private readonly int _classes = data.Config.Classes.Count;
    private readonly int _positive = data.Config.PositiveClass is { } p ? IndexOf(data.Config.Classes, p) : -1;

    public ColumnResult Profile(DatasetColumn column, ColumnKind? declared, IReadOnlyDictionary<string, int> spellings)
    {
        var guess = ColumnKindGuess.Of(column);
        var numbers = column.Numbers ?? (guess.Kind == ColumnKind.Numeric ? Parse(column.Texts!) : null);
        var missing = numbers?.Count(float.IsNaN) ?? column.Texts!.Count(t => t is null);
        NumericSummary? numeric = null;
        CategorySummary? categories = null;
        CodedColumn coded;
        int distinct;
        double modeShare;
        if (numbers is not null)
        {
            var sorted = numbers.Where(v => !float.IsNaN(v)).Select(v => (double)v).ToArray();
            Array.Sort(sorted);
            distinct = NumericSummary.DistinctSorted(sorted);
            modeShare = LongestRun(sorted) / (double)Math.Max(1, sorted.Length);
            numeric = sorted.Length > 0 ? NumericSummary.Of(sorted, options.Bins) : null;
            coded = numeric is null
                ? new CodedColumn(new int[numbers.Length], [CodedColumn.MissingLabel])
                : CodedColumn.OfNumbers(numbers, numeric.Histogram);
        }
        else
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var text in column.Texts!)
            {
                if (text is not null)
                {
                    counts[text] = counts.GetValueOrDefault(text) + 1;
                }
            }
            var present = column.Texts!.Length - missing;
            distinct = counts.Count;
            modeShare = counts.Count == 0 ? 0 : counts.Values.Max() / (double)present;
            var order = column.Spec.Kind == ColumnKind.Ordinal ? column.Spec.Order : null;
            categories = CategorySummary.Of(counts, present, options.TopLevels, options.RareShare, order);
            var levels = order is null
                ? counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).ToList()
                : [.. order, .. counts.Keys.Where(k => !order.Contains(k)).Order(StringComparer.Ordinal)];
            coded = CodedColumn.OfTexts(column.Texts!, levels);
        }
        var profile = new ColumnProfile
        {
            Name = column.Name,
            Declared = declared,
            Inferred = guess.Kind,
            InferredReason = guess.Reason,
            KindsAgree = declared is not { } d || guess.AgreesWith(d),
            Missing = missing,
            MissingSpellings = spellings,
            Distinct = distinct,
            Numeric = numeric,
            Categories = categories,
            TargetMix = Mix(coded),
        };
        var doubles = numbers?.Select(v => (double)v).ToArray();
        return new ColumnResult(profile, coded, doubles, Associate(profile, coded, numbers), modeShare);
    }

    private List<TargetMixRow> Mix(CodedColumn coded)
    {
        var counts = new int[coded.Labels.Count, _classes];
        for (var r = 0; r < coded.Codes.Length; r++)
        {
            counts[coded.Codes[r], data.Labels[r]]++;
        }
        return [.. Enumerable.Range(0, coded.Labels.Count).Select(level =>
        {
            var classes = Enumerable.Range(0, _classes).Select(c => counts[level, c]).ToArray();
            var total = classes.Sum();
            return new TargetMixRow(coded.Labels[level], total, classes,
                _positive >= 0 && total > 0 ? (double)classes[_positive] / total : null);
        })];
    }

    private TargetAssociation Associate(ColumnProfile profile, CodedColumn coded, float[]? numbers)
    {
        var table = Contingency.Of(coded.Codes, coded.Labels.Count, data.Labels, _classes);
        var mi = table.MutualInformation();
        var entropy = table.ColumnEntropy();
        var normalized = entropy > 0 ? Math.Min(1, mi / entropy) : 0;
        double? cramer = numbers is null ? table.CramersV() : null;
        double? biserial = numbers is not null && _positive >= 0
            ? Correlation.Pearson([.. numbers.Select(v => (double)v)], [.. data.Labels.Select(l => l == _positive ? 1.0 : 0.0)])
            : null;
        double? anova = numbers is not null && _positive < 0 ? AnovaF.Of(numbers, data.Labels, _classes) : null;
        var identifier = profile.Inferred == ColumnKind.Ignore;
        var strong = normalized >= options.LeakageThreshold || Math.Abs(biserial ?? 0) >= options.LeakageThreshold || (cramer ?? 0) >= options.LeakageThreshold;
        return new TargetAssociation(profile.Name, mi, normalized, cramer, biserial, anova, strong && !identifier);
    }

    private static float[] Parse(string?[] texts) =>
        [.. texts.Select(t => t is not null && NumberText.TryParse(t, out var v) ? (float)v : float.NaN)];

    private static int LongestRun(double[] sorted)
    {
        var (best, run) = (sorted.Length > 0 ? 1 : 0, 1);
        for (var i = 1; i < sorted.Length; i++)
        {
            run = sorted[i] == sorted[i - 1] ? run + 1 : 1;
            best = Math.Max(best, run);
        }
        return best;
    }

    private static int IndexOf(IReadOnlyList<string> classes, string value)
    {
        for (var i = 0; i < classes.Count; i++)
        {
            if (classes[i] == value)
            {
                return i;
            }
        }
        return -1;
    }
}
