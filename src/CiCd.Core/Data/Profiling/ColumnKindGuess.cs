using CiCd.Configuration;
using CiCd.Formats;

namespace CiCd.Data.Profiling;

/// <summary>
/// The one place that decides a column's kind from its values (the profile's "inferred kind" is what <c>mlops init</c>
/// writes): numbers are numeric unless they are an identifier; texts that are all different are identifiers, mostly
/// different ones free text (both ignored); ranges and ordered levels are ordinal with their order; other texts categorical.
/// </summary>
/// <param name="Kind">The guessed kind.</param>
/// <param name="Reason">Why, for the report and the config's comment.</param>
public sealed record ColumnKindGuess(ColumnKind Kind, string Reason)
{
    /// <summary>
    /// Fewer non-missing rows than this never count as an identifier (a tiny file is all-distinct by chance); from here an
    /// all-distinct text column cannot be learnt as categories anyway (each level is seen once).
    /// </summary>
    public const int MinRowsForIdentifier = 20;

    /// <summary>
    /// All-distinct whole numbers whose name does not say "id" are an identifier only as a run (a row number) of at
    /// least this many rows: amounts and counts can be all distinct too, and dropping one would lose a feature.
    /// </summary>
    public const int MinRowsForRowNumber = 50;

    /// <summary>Texts with more distinct values than this share of the rows are free text (from <see cref="MinRowsForRowNumber"/> rows).</summary>
    public const double FreeTextShare = 0.5;

    /// <summary>How the reason of a column of amounts written as text begins (<see cref="FormattedText"/>).</summary>
    public const string FormattedNumbers = "numbers written with a currency sign, thousands separators or a percent sign";

    /// <summary>How the reason of a column of numbers but for a few values begins.</summary>
    public const string StrayTexts = "numbers but for";

    /// <summary>A column ignored as texts whose rows are numbers to at least this share is numbers with a few values mistyped.</summary>
    public const double MostlyNumbersShare = 0.9;

    /// <summary>How the reason of a column of dates begins.</summary>
    public const string Dates = "dates";

    /// <summary>For an ordinal guess, the levels from lowest to highest (empty otherwise).</summary>
    public IReadOnlyList<string> Order { get; init; } = [];

    /// <summary>Whether the values (or the name) mark the column as an identifier.</summary>
    public bool IsIdentifier { get; init; }

    /// <summary>Guesses from a typed column: numbers as read, or texts (which may still all be numbers).</summary>
    public static ColumnKindGuess Of(DatasetColumn column) => Of(ProfileColumn.Of(column));

    /// <summary>Guesses from a column in columnar form: a text column is judged by its distinct values, each parsed once.</summary>
    public static ColumnKindGuess Of(ProfileColumn column)
    {
        if (column.Numbers is { } numbers)
        {
            var sorted = numbers.Where(v => !float.IsNaN(v)).Select(v => (double)v).ToArray();
            Array.Sort(sorted);
            return OfSorted(column.Name, sorted);
        }
        return OfLevels(column.Name, column.Levels, column.LevelCounts(), out _);
    }

    /// <summary>Guesses from a numeric column's present values, ascending.</summary>
    internal static ColumnKindGuess OfSorted(string name, double[] sorted) => sorted.Length == 0
        ? OfNumbers(name, 0, 0, true, 0)
        : OfNumbers(name, sorted.Length, NumericSummary.DistinctSorted(sorted), sorted.All(v => v == Math.Floor(v)), sorted[^1] - sorted[0]);

    /// <summary>
    /// Guesses from a text column's levels and their row counts; when every level is a number, <paramref name="values"/>
    /// holds each level's value (so the column can be read as numbers without parsing a cell again).
    /// </summary>
    internal static ColumnKindGuess OfLevels(string name, IReadOnlyList<string> levels, int[] counts, out double[]? values)
    {
        values = new double[levels.Count];
        var allNumbers = true;
        var present = 0;
        var numberRows = 0;
        string? stray = null;
        var onlyBeyondFloat = true;
        var distinct = new HashSet<double>();
        var seen = new List<string>();
        for (var level = 0; level < levels.Count; level++)
        {
            if (counts[level] == 0)
            {
                continue;
            }
            present += counts[level];
            seen.Add(levels[level]);
            if (NumberText.TryParseFeature(levels[level], out var value))
            {
                values[level] = value;
                distinct.Add(value);
                numberRows += counts[level];
            }
            else
            {
                allNumbers = false;
                stray ??= levels[level];
                onlyBeyondFloat &= NumberText.TryParse(levels[level], out _);
            }
        }
        if (allNumbers)
        {
            var whole = distinct.All(v => v == Math.Floor(v));
            return OfNumbers(name, present, distinct.Count, whole, distinct.Count == 0 ? 0 : distinct.Max() - distinct.Min());
        }
        values = null;
        var guess = OfTexts(name, present, seen);
        // Numbers with a few typos read as many distinct texts, which would be ignored as free text or an identifier: say why
        // instead. A number past a float's range is no category either: a column of a few values with one (a duration of
        // 1e39) was taken for a categorical in silence.
        return (guess.Kind == ColumnKind.Ignore && numberRows >= MostlyNumbersShare * present) || onlyBeyondFloat
            ? new(ColumnKind.Ignore, $"{StrayTexts} {Counted.Of(present - numberRows, "row")} (such as '{stray}', which {NumberText.NotFeatureReason(stray!)}): " +
                "correct them, or write them empty or as '?' if they are missing, to use the column")
            : guess;
    }

    /// <summary>Whether a declared kind and this guess say the same (categorical and ordinal both hold categories).</summary>
    public bool AgreesWith(ColumnKind declared) =>
        declared == Kind || (IsCategories(declared) && IsCategories(Kind));

    private static bool IsCategories(ColumnKind kind) => kind is ColumnKind.Categorical or ColumnKind.Ordinal;

    private static ColumnKindGuess OfTexts(string name, int present, List<string> seen)
    {
        var texts = seen.Count;
        if (FormattedText.AreFormattedNumbers(seen))
        {
            return new(ColumnKind.Ignore, $"{FormattedNumbers} (such as '{seen[0]}'), which the reader does not parse: write plain numbers to use it");
        }
        if (FormattedText.AreDates(seen))
        {
            return new(ColumnKind.Ignore, $"{Dates} (such as '{seen[0]}'): every later date would be a category never seen; derive features " +
                "from it (month, weekday, days since) as columns of their own");
        }
        if (texts == present && present >= MinRowsForIdentifier)
        {
            return new(ColumnKind.Ignore, $"all {present} values are distinct texts (an identifier)") { IsIdentifier = true };
        }
        if (IdentifierName.Matches(name) && texts > present / 2)
        {
            return new(ColumnKind.Ignore, $"an identifier's name with {Counted.Of(texts, "distinct text")} in {Counted.Of(present, "row")}") { IsIdentifier = true };
        }
        if (texts > FreeTextShare * present && present >= MinRowsForRowNumber)
        {
            return new(ColumnKind.Ignore, $"{Counted.Of(texts, "distinct text")} in {Counted.Of(present, "row")} (free text)");
        }
        return LevelOrder.Of(seen) is { } order
            ? new(ColumnKind.Ordinal, $"{Counted.Of(texts, "level")} that announce their order (ranges or ranked words)") { Order = order }
            : new(ColumnKind.Categorical, $"texts with {Counted.Of(texts, "distinct value")}");
    }

    private static ColumnKindGuess OfNumbers(string name, int count, int distinct, bool whole, double span)
    {
        if (count == 0)
        {
            return new(ColumnKind.Ignore, "every value is missing");
        }
        var allDistinct = whole && distinct == count && count >= MinRowsForIdentifier;
        if (allDistinct && IdentifierName.Matches(name))
        {
            return new(ColumnKind.Ignore, $"an identifier's name with all {count} values distinct whole numbers") { IsIdentifier = true };
        }
        return allDistinct && count >= MinRowsForRowNumber && span == count - 1
            ? new(ColumnKind.Ignore, $"all {count} values are consecutive whole numbers (a row number)") { IsIdentifier = true }
            : new(ColumnKind.Numeric, $"every value is a number ({distinct} distinct)");
    }
}
