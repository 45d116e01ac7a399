using CiCd.Configuration;

namespace CiCd.Data.Profiling;

/// <summary>Profiles one column in one sort and a few linear passes: kinds, missing values, distribution, mix and association with the target.</summary>
internal sealed class ColumnProfiler(ProfileInput input, ProfileOptions options)
{
    private readonly int _classes = input.Config.Classes.Count;
    private readonly int _positive = input.Config.PositiveClass is { } p ? IndexOf(input.Config.Classes, p) : -1;
    private readonly int[] _labels = input.Labels;
    private double[]? _positiveRows;

    public ColumnResult Profile(ProfileColumn column, ColumnKind? declared)
    {
        var (guess, numbers) = Numbers(column);
        var missing = numbers?.Count(float.IsNaN) ?? column.Codes!.Count(c => c < 0);
        NumericSummary? numeric = null;
        CategorySummary? categories = null;
        CodedColumn coded;
        int distinct;
        double modeShare;
        if (numbers is not null)
        {
            var sorted = Sorted(numbers, missing);
            guess ??= ColumnKindGuess.OfSorted(column.Name, sorted);
            distinct = NumericSummary.DistinctSorted(sorted);
            modeShare = LongestRun(sorted) / (double)Math.Max(1, sorted.Length);
            numeric = sorted.Length > 0 ? NumericSummary.Of(sorted, options.Bins) : null;
            coded = numeric is null
                ? new CodedColumn(new int[numbers.Length], [CodedColumn.MissingLabel])
                : CodedColumn.OfNumbers(numbers, numeric.Histogram);
        }
        else
        {
            var rows = column.LevelCounts();
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var level = 0; level < rows.Length; level++)
            {
                if (rows[level] > 0)
                {
                    counts[column.Levels[level]] = rows[level];
                }
            }
            var present = column.Codes!.Length - missing;
            distinct = counts.Count;
            modeShare = counts.Count == 0 ? 0 : counts.Values.Max() / (double)present;
            // The declared order when there is one, else the order the levels announce (ranges, ranked words).
            var order = column.Spec.Kind == ColumnKind.Ordinal ? column.Spec.Order : guess!.Order.Count > 0 ? guess.Order : null;
            categories = CategorySummary.Of(counts, present, options.TopLevels, options.RareShare, order);
            var levels = order is null
                ? counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).ToList()
                : [.. order, .. counts.Keys.Where(k => !order.Contains(k)).Order(StringComparer.Ordinal)];
            coded = CodedColumn.OfCodes(column.Codes!, column.Levels, levels);
        }
        var profile = new ColumnProfile
        {
            Name = column.Name,
            Declared = declared,
            Inferred = guess!.Kind,
            InferredReason = guess.Reason,
            InferredOrder = guess.Order,
            KindsAgree = declared is not { } d || guess.AgreesWith(d),
            Missing = missing,
            MissingSpellings = column.Spellings,
            Distinct = distinct,
            Numeric = numeric,
            Categories = categories,
            TargetMix = Mix(coded),
        };
        return new ColumnResult(profile, coded, numbers, Associate(profile, coded, numbers), modeShare, guess.IsIdentifier);
    }

    // A text column whose every level is a number is read as numbers: each level parsed once, then one pass over the codes.
    private static (ColumnKindGuess? Guess, float[]? Numbers) Numbers(ProfileColumn column)
    {
        if (column.Numbers is { } numbers)
        {
            return (null, numbers);
        }
        var guess = ColumnKindGuess.OfLevels(column.Name, column.Levels, column.LevelCounts(), out var values);
        if (guess.Kind != ColumnKind.Numeric || values is null)
        {
            return (guess, null);
        }
        var codes = column.Codes!;
        var floats = new float[codes.Length];
        for (var r = 0; r < codes.Length; r++)
        {
            floats[r] = codes[r] < 0 ? float.NaN : (float)values[codes[r]];
        }
        return (guess, floats);
    }

    private static double[] Sorted(float[] numbers, int missing)
    {
        var sorted = new double[numbers.Length - missing];
        var i = 0;
        foreach (var value in numbers)
        {
            if (!float.IsNaN(value))
            {
                sorted[i++] = value;
            }
        }
        Array.Sort(sorted);
        return sorted;
    }

    private List<TargetMixRow> Mix(CodedColumn coded)
    {
        var counts = new int[coded.Labels.Count, _classes];
        for (var r = 0; r < coded.Codes.Length; r++)
        {
            counts[coded.Codes[r], _labels[r]]++;
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
        var table = Contingency.Of(coded.Codes, coded.Labels.Count, _labels, _classes);
        var mi = table.MutualInformation();
        var entropy = table.ColumnEntropy();
        var normalized = entropy > 0 ? Math.Min(1, mi / entropy) : 0;
        double? cramer = numbers is null ? table.CramersV() : null;
        double? biserial = numbers is not null && _positive >= 0
            ? Correlation.Pearson([.. numbers.Select(v => (double)v)], _positiveRows ??= [.. _labels.Select(l => l == _positive ? 1.0 : 0.0)])
            : null;
        double? anova = numbers is not null && _positive < 0 ? AnovaF.Of(numbers, _labels, _classes) : null;
        var identifier = profile.Inferred == ColumnKind.Ignore;
        // Cramér's V is symmetric: it flags a leak only for a feature with as many levels as the target has classes.
        var tells = table.RowsCanTellColumns && (cramer ?? 0) >= options.LeakageThreshold;
        var strong = normalized >= options.LeakageThreshold || Math.Abs(biserial ?? 0) >= options.LeakageThreshold || tells;
        return new TargetAssociation(profile.Name, mi, normalized, cramer, biserial, anova, strong && !identifier);
    }

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
