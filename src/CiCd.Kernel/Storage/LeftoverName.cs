namespace CiCd.Storage;

/// <summary>
/// The name of an entry a writer makes beside its target before renaming it into place (<c>.name.&lt;32 hex&gt;.suffix</c>:
/// hidden, unique per writer), and the test by which the next writer recognises one a killed writer left behind.
/// </summary>
public static class LeftoverName
{
    /// <summary>A new name for an entry beside <paramref name="name"/>, e.g. <c>.model.zip.3f…e1.tmp</c>.</summary>
    public static string New(string name, string suffix) => $".{name}.{Guid.NewGuid():N}.{suffix}";

    /// <summary>
    /// Whether <paramref name="entryName"/> is a name <see cref="New"/> made with <paramref name="suffix"/>, beside
    /// <paramref name="name"/>, or beside any name when it is null.
    /// </summary>
    public static bool Is(string entryName, string? name, string suffix)
    {
        var end = $".{suffix}";
        if (!entryName.StartsWith('.') || !entryName.EndsWith(end, StringComparison.Ordinal) || entryName.Length <= end.Length)
        {
            return false;
        }
        var stem = entryName[1..^end.Length];
        var dot = stem.LastIndexOf('.');
        var owner = dot < 0 ? "" : stem[..dot];
        var guid = stem[(dot + 1)..];
        return owner.Length > 0 && (name is null || owner == name) && guid.Length == 32 && guid.All(char.IsAsciiHexDigitLower);
    }
}
