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
    public static ColumnKindGuess Of(DatasetColumn column)
    {
        if (column.Numbers is { } numbers)
        {
            return OfNumbers(numbers.Where(v => !float.IsNaN(v)).Select(v => (double)v).ToList());
        }
        var texts = column.Texts!.Where(t => t is not null).Select(t => t!).ToList();
        var parsed = new List<double>(texts.Count);
        foreach (var text in texts)
        {
            if (!NumberText.TryParse(text, out var value))
            {
                return OfTexts(texts);
            }
            parsed.Add(value);
        }
        return OfNumbers(parsed);
    }

    /// <summary>Whether a declared kind and this guess say the same (categorical and ordinal agree).</summary>
    public bool AgreesWith(ColumnKind declared) =>
        declared == Kind || (declared == ColumnKind.Ordinal && Kind == ColumnKind.Categorical);

    private static ColumnKindGuess OfNumbers(List<double> values)
    {
        if (values.Count == 0)
        {
            return new(ColumnKind.Ignore, "every value is missing");
        }
        var distinct = values.Distinct().Count();
        return distinct == values.Count && values.Count >= MinRowsForIdentifier && values.All(v => v == Math.Floor(v))
            ? new(ColumnKind.Ignore, $"all {values.Count} values are distinct whole numbers (an identifier)")
            : new(ColumnKind.Numeric, $"every value is a number ({distinct} distinct)");
    }

    private static ColumnKindGuess OfTexts(List<string> texts)
    {
        var distinct = texts.Distinct(StringComparer.Ordinal).Count();
        if (distinct == texts.Count && texts.Count >= MinRowsForIdentifier)
        {
            return new(ColumnKind.Ignore, $"all {texts.Count} values are distinct texts (an identifier)");
        }
        return distinct > FreeTextShare * texts.Count && texts.Count >= MinRowsForIdentifier
            ? new(ColumnKind.Ignore, $"{distinct} distinct texts in {texts.Count} rows (free text)")
            : new(ColumnKind.Categorical, $"texts with {distinct} distinct values");
    }
}
