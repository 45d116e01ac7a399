namespace CiCd.Configuration;

/// <summary>Inclusive bounds a numeric column's values must lie within; either bound may be open.</summary>
public sealed record NumericRange(double? Min, double? Max)
{
    /// <summary>Whether <paramref name="value"/> lies within the bounds.</summary>
    public bool Contains(double value) => (Min is null || value >= Min) && (Max is null || value <= Max);

    /// <summary>The bounds as written in reports, e.g. "[18, 100]".</summary>
    public override string ToString() => $"[{Min?.ToString("G", System.Globalization.CultureInfo.InvariantCulture) ?? "-inf"}, " +
        $"{Max?.ToString("G", System.Globalization.CultureInfo.InvariantCulture) ?? "+inf"}]";
}
