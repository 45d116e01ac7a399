namespace CiCd.Data.Profiling;

/// <summary>
/// A column as level codes 0…k−1 with a label per level: categories as they are, numbers by histogram bin, missing
/// values as a level of their own. The shape every table against the target and every Cramér's V reads.
/// </summary>
/// <param name="Codes">Each row's level.</param>
/// <param name="Labels">Each level's label.</param>
public sealed record CodedColumn(int[] Codes, IReadOnlyList<string> Labels)
{
    /// <summary>The label of the missing level.</summary>
    public const string MissingLabel = "(missing)";

    /// <summary>Texts coded by level, levels in the given order (missing last, when any row is missing).</summary>
    public static CodedColumn OfTexts(string?[] texts, IReadOnlyList<string> levels)
    {
        var index = new Dictionary<string, int>(levels.Count, StringComparer.Ordinal);
        for (var i = 0; i < levels.Count; i++)
        {
            index[levels[i]] = i;
        }
        var codes = new int[texts.Length];
        var missing = false;
        for (var r = 0; r < texts.Length; r++)
        {
            codes[r] = texts[r] is { } text ? index[text] : levels.Count;
            missing |= texts[r] is null;
        }
        return new CodedColumn(codes, missing ? [.. levels, MissingLabel] : levels);
    }

    /// <summary>Dictionary codes (-1: missing) recoded to the given order of their levels (missing last, when any row is missing).</summary>
    public static CodedColumn OfCodes(int[] codes, IReadOnlyList<string> dictionary, IReadOnlyList<string> levels)
    {
        var index = new Dictionary<string, int>(levels.Count, StringComparer.Ordinal);
        for (var i = 0; i < levels.Count; i++)
        {
            index[levels[i]] = i;
        }
        // Levels never seen in these rows map nowhere; no row holds them.
        var recode = dictionary.Select(level => index.GetValueOrDefault(level, -1)).ToArray();
        var result = new int[codes.Length];
        var missing = false;
        for (var r = 0; r < codes.Length; r++)
        {
            result[r] = codes[r] < 0 ? levels.Count : recode[codes[r]];
            missing |= codes[r] < 0;
        }
        return new CodedColumn(result, missing ? [.. levels, MissingLabel] : levels);
    }

    /// <summary>Numbers coded by histogram bin (missing last, when any row is missing).</summary>
    public static CodedColumn OfNumbers(float[] numbers, HistogramBins bins)
    {
        var codes = new int[numbers.Length];
        var missing = false;
        var bincount = bins.Counts.Length;
        for (var r = 0; r < numbers.Length; r++)
        {
            var value = numbers[r];
            codes[r] = float.IsNaN(value) ? bincount : bins.BinOf(value);
            missing |= float.IsNaN(value);
        }
        var labels = Enumerable.Range(0, bincount).Select(bins.Label).ToList();
        return new CodedColumn(codes, missing ? [.. labels, MissingLabel] : labels);
    }
}
