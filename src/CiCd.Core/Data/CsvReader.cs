using System.Text;
using CiCd.Errors;

namespace CiCd.Data;

/// <summary>
/// Reads RFC 4180 CSV (comma, double quotes, quotes doubled inside quoted fields, CRLF or LF, optional
/// UTF-8 BOM). Anything else — a ragged row, a quote left open, a stray quote, an empty file, a header with
/// no rows — is an <see cref="InputException"/> naming the file and line.
/// </summary>
public static class CsvReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static CsvTable Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, null, null, "data file not found");
        }
        string text;
        try
        {
            text = File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException e)
        {
            throw new InputException(path, null, null, "the file is not UTF-8 text", e);
        }
        return Parse(path, text);
    }

    /// <summary>Parses CSV text as if read from <paramref name="file"/>.</summary>
    public static CsvTable Parse(string file, string text)
    {
        var records = new CsvTokenizer(file, text.TrimStart('\uFEFF')).ReadAll();
        if (records.Count == 0)
        {
            throw new InputException(file, 1, null, "the file is empty; expected a header row and data rows");
        }
        var header = records[0].Values.Select(v => v ?? "").ToList();
        CheckHeader(file, records[0].Line, header);
        if (records.Count == 1)
        {
            throw new InputException(file, 2, null, "the file has a header but no data rows");
        }
        foreach (var row in records.Skip(1))
        {
            if (row.Values.Length != header.Count)
            {
                throw new InputException(file, row.Line, null,
                    $"ragged row: {row.Values.Length} fields where the header has {header.Count}");
            }
        }
        return new CsvTable(file, header, records.Skip(1).ToList());
    }

    private static void CheckHeader(string file, int line, List<string> header)
    {
        // A set, not a search per name: a header of n names must cost n, not n² (a wide header sent to the service).
        var names = new HashSet<string>(header.Count, StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Trim().Length == 0)
            {
                throw new InputException(file, line, null, $"header column {i + 1} has no name");
            }
            if (!names.Add(header[i]))
            {
                throw new InputException(file, line, null, $"header names column '{header[i]}' twice");
            }
        }
    }
}
