namespace CiCd.Data;

/// <summary>
/// A header as an error about a column shows it: its first names (a header of 100,000 names is not repeated whole), and,
/// when it is one column holding a semicolon, tab or bar, that the file is separated by that rather than by commas, as a
/// spreadsheet saves CSV in many locales.
/// </summary>
public static class HeaderText
{
    private const int Shown = 20;

    /// <summary><c>(a, b, c)</c>, cut after the first names, then the separator hint, if any.</summary>
    public static string Of(IReadOnlyList<string> header)
    {
        var names = string.Join(", ", header.Take(Shown)) + (header.Count > Shown ? $", … ({header.Count} columns)" : "");
        return $"({names}){SeparatorHint(header)}";
    }

    /// <summary>
    /// <c>; the header is one column holding ';': …</c> when the header's only name holds another separator, else empty.
    /// </summary>
    public static string SeparatorHint(IReadOnlyList<string> header)
    {
        if (header.Count != 1)
        {
            return "";
        }
        var separator = Others.FirstOrDefault(s => header[0].Contains(s.Char, StringComparison.Ordinal));
        return separator.Name is null
            ? ""
            : $"; the header is one column holding {separator.Name}: mlops reads comma-separated files, so save the file with commas";
    }

    private static readonly (char Char, string Name)[] Others = [(';', "';'"), ('\t', "tabs"), ('|', "'|'")];
}
