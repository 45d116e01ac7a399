using CiCd.Configuration;
using CiCd.Data.Columnar;
using CiCd.Errors;
using CiCd.Formats;

namespace CiCd.Data;

/// <summary>
/// Reads RFC 4180 CSV (comma, double quotes, quotes doubled inside quoted fields, CRLF or LF, optional
/// UTF-8 BOM). Anything else — a ragged row, a quote left open, a stray quote, an empty file, a header with
/// no rows — is an <see cref="InputException"/> naming the file and line.
/// </summary>
public static class CsvReader
{
    /// <summary>Reads the data file a config names; a missing file points back at the config line naming it.</summary>
    public static CsvTable Read(DatasetConfig config) => Read(config.Path, config.PathFrom);

    /// <summary>Reads the file at <paramref name="path"/>; <paramref name="namedAt"/> says where it was named (file:line:column).</summary>
    public static CsvTable Read(string path, string? namedAt = null)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, null, null, namedAt is null ? "data file not found" : $"data file not found (named by dataset.path at {namedAt})");
        }
        TabularFile.RefuseArff(path);
        var bytes = File.ReadAllBytes(path);
        return Parse(path, Utf8Text.Decode(path, bytes));
    }

    /// <summary>
    /// Parses CSV text as if read from <paramref name="file"/>. With <paramref name="maxRows"/>, it stops after that many
    /// data rows when another follows, without reading it, and says so (<see cref="CsvTable.MoreRows"/>): a text too long
    /// costs no more than one at the limit.
    /// </summary>
    public static CsvTable Parse(string file, string text, int maxRows = int.MaxValue)
    {
        var tokenizer = new CsvTokenizer(file, text.TrimStart('\uFEFF'));
        var records = tokenizer.ReadAll(maxRows == int.MaxValue ? int.MaxValue : maxRows + 1);
        if (tokenizer.Stopped)
        {
            // Refused whole by the caller, so the rows read are not checked further.
            return new CsvTable(file, records[0].Values.Select(v => v ?? "").ToList(), records.Skip(1).ToList()) { MoreRows = true };
        }
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
                    $"ragged row: {Counted.Of(row.Values.Length, "field")} where the header has {header.Count}{NumbersInHeaderHint(header)}");
            }
        }
        return new CsvTable(file, header, records.Skip(1).ToList());
    }

    // scikit-learn's bundled CSVs open with a count line ("569,30,malignant,benign", or "506,13,,,…" with empty names),
    // not the column names: every data row is then ragged, or the header has unnamed columns, and the line to mend is
    // the first, not the one named.
    private static string NumbersInHeaderHint(List<string> header) =>
        header.Any(name => NumberText.TryParse(name, out _))
            ? $"; the first line ({string.Join(",", header.Take(5))}{(header.Count > 5 ? ",…" : "")}) holds numbers: if it is not the column names, replace it with a line naming the columns"
            : "";

    internal static void CheckHeader(string file, int line, List<string> header)
    {
        // A set, not a search per name: a header of n names must cost n, not n² (a wide header sent to the service).
        var names = new HashSet<string>(header.Count, StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Trim().Length == 0)
            {
                throw new InputException(file, line, null, $"header column {i + 1} has no name{NumbersInHeaderHint(header)}");
            }
            if (!names.Add(header[i]))
            {
                throw new InputException(file, line, null, $"header names column '{header[i]}' twice");
            }
        }
    }
}
