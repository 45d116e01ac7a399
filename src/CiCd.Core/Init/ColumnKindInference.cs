using System.Globalization;
using System.Text.RegularExpressions;
using CiCd.Configuration;
using CiCd.Data;

namespace CiCd.Init;

/// <summary>
/// Guesses a column's kind from its values: numbers are numeric, ranges and ordered levels (<c>10-19</c>, <c>lt-80</c>,
/// <c>low</c>/<c>high</c>) ordinal with their order, identifiers (every value distinct, or an id-like name) ignored,
/// anything else categorical. Self-contained on purpose: the data profile guesses kinds too, and one will absorb the other.
/// </summary>
public static partial class ColumnKindInference
{
    private const int IdentifierMinRows = 20;

    private static readonly string[][] OrderedLevels =
    [
        ["very low", "low", "medium", "high", "very high"],
        ["none", "low", "medium", "high"],
        ["small", "medium", "large"],
        ["never", "rarely", "sometimes", "often", "always"],
    ];

    /// <summary>The kind of the column <paramref name="name"/> holding <paramref name="values"/> (null or <c>?</c>: missing),
    /// and for an ordinal the categories from lowest to highest (empty otherwise).</summary>
    public static (ColumnKind Kind, IReadOnlyList<string> Order) Infer(string name, IReadOnlyList<string?> values)
    {
        var present = values.Where(v => !MissingValues.IsMissing(v)).Select(v => v!.Trim()).ToList();
        if (present.Count == 0)
        {
            return (ColumnKind.Ignore, []);
        }
        var distinct = present.Distinct(StringComparer.Ordinal).ToList();
        var looksLikeId = IdName().IsMatch(name);
        var allDistinct = distinct.Count == present.Count && present.Count >= IdentifierMinRows;
        if (present.TrueForAll(v => NumberText.TryParse(v, out _)))
        {
            var whole = present.TrueForAll(v => NumberText.TryParse(v, out var x) && x == Math.Floor(x));
            return looksLikeId && whole && allDistinct ? (ColumnKind.Ignore, []) : (ColumnKind.Numeric, []);
        }
        if (allDistinct || (looksLikeId && distinct.Count > present.Count / 2))
        {
            return (ColumnKind.Ignore, []);
        }
        return distinct.Count >= 2 && (RangeOrder(distinct) ?? LevelOrder(distinct)) is { } order
            ? (ColumnKind.Ordinal, order)
            : (ColumnKind.Categorical, []);
    }

    // Ranges sort by their lower bound; "lt-80" and "<0" come first, "gt-99", ">=200" and "65+" last among equals.
    private static List<string>? RangeOrder(List<string> distinct)
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

    private static List<string>? LevelOrder(List<string> distinct)
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

    [GeneratedRegex(@"(^id$|^id[_\- ]|[_\- ]id$|[a-z]Id$|^(uuid|guid|key|index)$)", RegexOptions.IgnoreCase)]
    private static partial Regex IdName();
}
