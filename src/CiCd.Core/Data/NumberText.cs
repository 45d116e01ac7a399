using System.Globalization;

namespace CiCd.Data;

/// <summary>Parses and prints numbers the one way the project does: invariant culture, round-trippable.</summary>
public static class NumberText
{
    /// <summary>Parses a finite number, or returns false.</summary>
    public static bool TryParse(string text, out double value) => TryParse(text.AsSpan(), out value);

    /// <summary>Parses a finite number, or returns false.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>
    /// Parses a number a model can read: ML.NET holds features and labels as 32-bit floats, so a finite double beyond
    /// ±3.4E+38 (1e39) would train as infinity; serving refuses it too.
    /// </summary>
    public static bool TryParseFeature(ReadOnlySpan<char> text, out double value) =>
        TryParse(text, out value) && float.IsFinite((float)value);

    /// <summary>What is wrong with a text <see cref="TryParseFeature(ReadOnlySpan{char}, out double)"/> refused, for messages.</summary>
    public static string NotFeatureReason(string text) =>
        TryParse(text, out _) ? "is beyond ±3.4E+38, what the model's 32-bit floats hold" : "is not a number";

    /// <summary>
    /// The clause a "not a number" message adds for a number refused only for its size (", which is beyond …"), else
    /// empty: a bare "'1e39' is not a number" puzzles.
    /// </summary>
    public static string BeyondFloatClause(string text) => TryParse(text, out _) ? $", which {NotFeatureReason(text)}" : "";

    /// <summary>The shortest text that parses back to the same double.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
