using System.Globalization;
using System.Text.RegularExpressions;

namespace CiCd.Data.Profiling;

/// <summary>
/// Texts a spreadsheet export writes for values the reader does not parse: amounts with a currency sign, thousands
/// separators or a percent sign (<c>$36,315.26</c>, <c>12 %</c>), and dates (<c>2024-01-31</c>). As texts they would be
/// all-distinct "identifiers" or categories that every later value misses, so the profile names them for what they are.
/// </summary>
public static partial class FormattedText
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm", "yyyy/MM/dd", "dd/MM/yyyy", "MM/dd/yyyy", "dd.MM.yyyy", "d/M/yyyy", "M/d/yyyy",
    ];

    /// <summary>Whether every text is a number once a currency sign, thousands separators or a percent sign are taken away (and one has them).</summary>
    public static bool AreFormattedNumbers(IReadOnlyCollection<string> texts) =>
        texts.Count > 0 && texts.All(t => FormattedNumber().IsMatch(t)) && texts.Any(t => !NumberText.TryParse(t, out _));

    /// <summary>Whether every text is a calendar date (or date and time) in one of the common export formats.</summary>
    public static bool AreDates(IReadOnlyCollection<string> texts) =>
        texts.Count > 0 && texts.All(t => DateTime.TryParseExact(t.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _));

    [GeneratedRegex(@"^\s*[-+]?\s*\p{Sc}?\s*[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s*(\p{Sc}|%)?\s*$")]
    private static partial Regex FormattedNumber();
}
