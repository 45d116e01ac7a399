using System.Globalization;
using System.Text.RegularExpressions;

namespace CiCd.Data.Profiling;

/// <summary>
/// The order a set of levels announces by itself: ranges (<c>10-19</c>, <c>lt-80</c>, <c>&gt;=200</c>) by their lower
/// bound, or named levels (<c>low</c>/<c>medium</c>/<c>high</c>) by their rank; null when one level does not fit.
/// </summary>
internal static partial class LevelOrder
{
    private static readonly string[][] OrderedLevels =
    [
        ["very low", "low", "medium", "high", "very high"],
        ["none", "low", "medium", "high"],
        ["small", "medium", "large"],
        ["never", "rarely", "sometimes", "often", "always"],
    ];

    /// <summary>The levels from lowest to highest, or null when they are not all ranges or all named levels of one scale.</summary>
    public static IReadOnlyList<string>? Of(IReadOnlyList<string> distinct) =>
        distinct.Count < 2 ? null : RangeOrder(distinct) ?? NamedOrder(distinct);

    // Ranges sort by their lower bound; "lt-80" and "<0" come first, "gt-99", ">=200" and "65+" last among equals.
    private static List<string>? RangeOrder(IReadOnlyList<string> distinct)
    {
        var keys = new List<(string Value, double Low, double High)>();
        foreach (var value in distinct)
        {
            if (Bounds(value) is not { } bounds)
            {
                return null;
            }
            keys.Add((value, bounds.Low, bounds.High));
        }
        return [.. keys.OrderBy(k => k.Low).ThenBy(k => k.High).Select(k => k.Value)];
    }

    private static (double Low, double High)? Bounds(string value)
    {
        if (Between().Match(value) is { Success: true } between)
        {
            return (Number(between.Groups["a"].Value), Number(between.Groups["b"].Value));
        }
        if (Below().Match(value) is { Success: true } below)
        {
            return (double.NegativeInfinity, Number(below.Groups["a"].Value));
        }
        if (Above().Match(value) is { Success: true } above)
        {
            return (Number(above.Groups["a"].Value), double.PositiveInfinity);
        }
        return null;
    }

    private static List<string>? NamedOrder(IReadOnlyList<string> distinct)
    {
        foreach (var levels in OrderedLevels)
        {
            var ranks = distinct.Select(v => Array.FindIndex(levels, l => string.Equals(l, v.Replace('_', ' '), StringComparison.OrdinalIgnoreCase))).ToList();
            if (ranks.TrueForAll(r => r >= 0))
            {
                return [.. distinct.Zip(ranks).OrderBy(p => p.Second).Select(p => p.First)];
            }
        }
        return null;
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<a>-?\d+(\.\d+)?)\s*(-|to|–|\.\.|<=?\s*X\s*<=?)\s*(?<b>-?\d+(\.\d+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    [GeneratedRegex(@"^(lt|le|below|under|<=?)\s*-?\s*(?<a>\d+(\.\d+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Below();

    [GeneratedRegex(@"^((gt|ge|over|above|>=?)\s*-?\s*(?<a>\d+(\.\d+)?)|(?<a>\d+(\.\d+)?)\s*\+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Above();
}
