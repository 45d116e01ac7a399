using System.Text;
using CiCd.Storage;

namespace CiCd.Data;

/// <summary>Writes RFC 4180 CSV atomically: LF line ends, fields quoted only when they must be, null as empty.</summary>
public static class CsvWriter
{
    /// <summary>Writes a header and rows to <paramref name="path"/>.</summary>
    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        AppendRecord(text, header);
        foreach (var row in rows)
        {
            AppendRecord(text, row);
        }
        AtomicFile.WriteAllText(path, text.ToString());
    }

    /// <summary>Appends one record and its line end.</summary>
    public static void AppendRecord(StringBuilder text, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }
            text.Append(Escape(fields[i]));
        }
        text.Append('\n');
    }

    /// <summary>The field as CSV: quoted when it holds a comma, quote, line break or edge spaces.</summary>
    public static string Escape(string? field) =>
        field is null ? ""
        : field.Length == 0 || field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || field.Trim().Length != field.Length
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
}
