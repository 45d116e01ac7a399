namespace CiCd.Data;

/// <summary>A CSV file read (in full, or up to a row limit): header names and data rows, each row remembering its line.</summary>
public sealed record CsvTable(string File, IReadOnlyList<string> Header, IReadOnlyList<CsvRow> Rows)
{
    /// <summary>Whether the text held more rows than the limit it was parsed with; <see cref="Rows"/> holds the first ones.</summary>
    public bool MoreRows { get; init; }

    /// <summary>The position of <paramref name="column"/> in the header, or -1.</summary>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Header.Count; i++)
        {
            if (string.Equals(Header[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }
}
