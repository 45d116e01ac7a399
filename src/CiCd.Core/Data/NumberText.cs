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

    /// <summary>The shortest text that parses back to the same double.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
