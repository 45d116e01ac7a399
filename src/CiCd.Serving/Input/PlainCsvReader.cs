using CiCd.Serving.Scoring;

namespace CiCd.Serving.Input;

/// <summary>
/// The common shape of a CSV batch — no quotes, a known header, valid values — read straight from the text into
/// feature rows, without a string per field. Anything else (quotes, a ragged row, a bad value, a header the schema
/// refuses) returns null, and <see cref="BatchReader.FromCsv"/> reads the body again and names the problem, so errors
/// stay exactly what the full reader says.
/// </summary>
public static class PlainCsvReader
{
    /// <summary>The data rows of <paramref name="text"/>, or null when only the full reader can answer.</summary>
    public static List<FeatureRow>? TryRead(string text, FeatureSchema schema, CancellationToken cancel = default) =>
        TryRead(text, schema, int.MaxValue, cancel);

    /// <summary>
    /// The data rows of <paramref name="text"/>, or null when only the full reader can answer; a 413 once
    /// <paramref name="maxRows"/> rows are read and another follows (not read: the full reader stops there too).
    /// </summary>
    public static List<FeatureRow>? TryRead(string text, FeatureSchema schema, int maxRows, CancellationToken cancel = default)
    {
        var rest = text.AsSpan().TrimStart('\uFEFF');
        if (rest.Contains('"') || !TryHeader(NextLine(ref rest), schema, out var columns))
        {
            return null;
        }
        var rows = new List<FeatureRow>(Math.Min(rest.Count('\n') + 1, maxRows));
        while (!rest.IsEmpty)
        {
            cancel.ThrowIfCancellationRequested();
            if (rows.Count == maxRows && rest.IndexOfAnyExcept('\r', '\n') >= 0)
            {
                throw BatchReader.TooManyRows(maxRows);
            }
            var line = NextLine(ref rest);
            // A blank line carries no record, as in the full reader.
            if (line.IsEmpty)
            {
                continue;
            }
            var row = new FeatureRow(schema.Features.Count);
            for (var c = 0; c < columns.Length; c++)
            {
                var comma = line.IndexOf(',');
                var last = c == columns.Length - 1;
                // Too few or too many fields (a ragged row), or a value the schema refuses: the full reader explains.
                if ((comma < 0) != last || !schema.TrySetText(row, columns[c], last ? line : line[..comma]))
                {
                    return null;
                }
                line = last ? [] : line[(comma + 1)..];
            }
            rows.Add(row);
        }
        return rows.Count > 0 ? rows : null;
    }

    // The header's names, trimmed, each a distinct field of the schema, covering all of them.
    private static bool TryHeader(ReadOnlySpan<char> header, FeatureSchema schema, out int[] columns)
    {
        columns = [];
        if (header.IsEmpty)
        {
            return false;
        }
        var names = header.ToString().Split(',');
        if (names.Length != schema.Features.Count || names.Distinct(StringComparer.Ordinal).Count() != names.Length)
        {
            return false;
        }
        columns = [.. names.Select(n => schema.IndexOf(n.Trim()))];
        return !columns.Contains(-1) && columns.Distinct().Count() == columns.Length;
    }

    // The next line without its end (LF, CRLF or a lone CR, as the full reader accepts), advancing past it.
    private static ReadOnlySpan<char> NextLine(ref ReadOnlySpan<char> rest)
    {
        var end = rest.IndexOfAny('\r', '\n');
        if (end < 0)
        {
            var last = rest;
            rest = [];
            return last;
        }
        var line = rest[..end];
        var skip = rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1;
        rest = rest[(end + skip)..];
        return line;
    }
}
