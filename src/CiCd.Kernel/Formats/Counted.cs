using System.Globalization;

namespace CiCd.Formats;

/// <summary>
/// A count with its noun for the text people read (CLI output, errors, reports, problem details): "1 column",
/// "3 columns", "0 runs". One place, so no message says "1 columns" or hedges with "column(s)".
/// </summary>
public static class Counted
{
    /// <summary>"1 row", "2 rows"; <paramref name="plural"/> for a noun whose plural is not the noun and an "s" ("class", "classes").</summary>
    public static string Of(long count, string noun, string? plural = null) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {Noun(count, noun, plural)}";

    /// <summary>The noun alone, singular for one: for a count written apart from it ("2 of 3 checks", "profiled 1/1 column").</summary>
    public static string Noun(long count, string noun, string? plural = null) => count == 1 ? noun : plural ?? noun + "s";
}
