namespace CiCd.Data;

/// <summary>What counts as a missing value in a data file: an empty field, or <c>?</c> as in Weka's files.</summary>
public static class MissingValues
{
    /// <summary>Whether <paramref name="field"/> stands for a missing value.</summary>
    public static bool IsMissing(string? field) => field is null || IsMissing(field.AsSpan());

    /// <summary>Whether <paramref name="field"/> stands for a missing value (an empty span is an empty field).</summary>
    public static bool IsMissing(ReadOnlySpan<char> field) => field.Trim() is "" or "?";
}
