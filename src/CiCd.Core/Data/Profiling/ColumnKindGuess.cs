using CiCd.Configuration;

namespace CiCd.Data.Profiling;

/// <summary>
/// The kind a column's values suggest, with the reason in words: numbers are numeric, numbers or texts that are all
/// different are identifiers (ignored), mostly-different texts are free text (ignored), other texts are categorical.
/// An order cannot be seen in the values, so a categorical guess agrees with a declared ordinal.
/// </summary>
/// <param name="Kind">The guessed kind.</param>
/// <param name="Reason">Why, for the report.</param>
public sealed record ColumnKindGuess(ColumnKind Kind, string Reason)
{
    /// <summary>Fewer non-missing rows than this never count as an identifier (a tiny file is all-distinct by chance).</summary>
    public const int MinRowsForIdentifier = 50;

    /// <summary>Texts with more distinct values than this share of the rows are free text.</summary>
    public const double FreeTextShare = 0.5;

    /// <summary>Guesses from a typed column: numbers as read, or texts (which may still all be numbers).</summary>
    public static ColumnKindGuess Of(DatasetColumn column) => Of(ProfileColumn.Of(column));

    /// <summary>Guesses from a column in columnar form: a text column is judged by its distinct values, each parsed once.</summary>
    public static ColumnKindGuess Of(ProfileColumn column)
    {
        if (column.Numbers is { } numbers)
        {
            var sorted = numbers.Where(v => !float.IsNaN(v)).Select(v => (double)v).ToArray();
            Array.Sort(sorted);
            return OfSorted(sorted);
        }
        return OfLevels(column.Levels, column.LevelCounts(), out _);
    }

    /// <summary>Guesses from a numeric column's present values, ascending.</summary>
    internal static ColumnKindGuess OfSorted(double[] sorted) =>
        OfNumbers(sorted.Length, NumericSummary.DistinctSorted(sorted), sorted.All(v => v == Math.Floor(v)));

    /// <summary>
    /// Guesses from a text column's levels and their row counts; when every level is a number, <paramref name="values"/>
    /// holds each level's value (so the column can be read as numbers without parsing a cell again).
    /// </summary>
    internal static ColumnKindGuess OfLevels(IReadOnlyList<string> levels, int[] counts, out double[]? values)
    {
        values = new double[levels.Count];
        var present = 0;
        var distinct = new HashSet<double>();
        for (var level = 0; level < levels.Count; level++)
        {
            if (counts[level] == 0)
            {
                continue;
            }
            present += counts[level];
            if (values is not null && NumberText.TryParse(levels[level], out var value))
            {
                values[level] = value;
                distinct.Add(value);
            }
            else
            {
                values = null;
            }
        }
        if (values is not null)
        {
            return OfNumbers(present, distinct.Count, distinct.All(v => v == Math.Floor(v)));
        }
        var texts = counts.Count(c => c > 0);
        if (texts == present && present >= MinRowsForIdentifier)
        {
            return new(ColumnKind.Ignore, $"all {present} values are distinct texts (an identifier)");
        }
        return texts > FreeTextShare * present && present >= MinRowsForIdentifier
            ? new(ColumnKind.Ignore, $"{texts} distinct texts in {present} rows (free text)")
            : new(ColumnKind.Categorical, $"texts with {texts} distinct values");
    }

    /// <summary>Whether a declared kind and this guess say the same (categorical and ordinal agree).</summary>
    public bool AgreesWith(ColumnKind declared) =>
        declared == Kind || (declared == ColumnKind.Ordinal && Kind == ColumnKind.Categorical);

    private static ColumnKindGuess OfNumbers(int count, int distinct, bool whole)
    {
        if (count == 0)
        {
            return new(ColumnKind.Ignore, "every value is missing");
        }
        return distinct == count && count >= MinRowsForIdentifier && whole
            ? new(ColumnKind.Ignore, $"all {count} values are distinct whole numbers (an identifier)")
            : new(ColumnKind.Numeric, $"every value is a number ({distinct} distinct)");
    }
}
