namespace CiCd.Data.Columnar;

/// <summary>
/// A data file read once into typed columns for one config: the header, each data row's line, the declared
/// features and the target as <see cref="ColumnValues"/>, and what the rules and the cache need from the rest
/// of the file (the fingerprint and the duplicate rows), computed while reading so nothing re-reads the file.
/// Undeclared columns are not kept.
/// </summary>
public sealed class ColumnarTable
{
    private readonly Dictionary<string, ColumnValues> _columns;

    internal ColumnarTable(string file, IReadOnlyList<string> header, int[] lines, IEnumerable<ColumnValues> columns,
        string fingerprint, IReadOnlyList<int> duplicateLines)
    {
        File = file;
        Header = header;
        Lines = lines;
        _columns = columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        Fingerprint = fingerprint;
        DuplicateLines = duplicateLines;
    }

    /// <summary>The file the table was read from (as named).</summary>
    public string File { get; }

    /// <summary>The header names, in file order.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The 1-based line each data row starts on.</summary>
    public int[] Lines { get; }

    /// <summary>Number of data rows.</summary>
    public int RowCount => Lines.Length;

    /// <summary>The dataset fingerprint (see <see cref="DatasetFingerprint"/>).</summary>
    public string Fingerprint { get; }

    /// <summary>Lines of rows whose fields (trimmed) all equal an earlier row's, in file order.</summary>
    public IReadOnlyList<int> DuplicateLines { get; }

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

    /// <summary>The typed values of a declared column that the file has, or null.</summary>
    public ColumnValues? Column(string name) => _columns.GetValueOrDefault(name);
}
