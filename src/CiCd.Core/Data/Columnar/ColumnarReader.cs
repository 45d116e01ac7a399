using System.Text;
using CiCd.Configuration;
using CiCd.Errors;
using nietras.SeparatedValues;

namespace CiCd.Data.Columnar;

/// <summary>
/// Reads a CSV file straight into a <see cref="ColumnarTable"/> for one config, streaming, with the Sep
/// tokenizer. The file is held to the same RFC 4180 rules as <see cref="CsvReader"/>: on the first row that
/// does not plainly meet them (a stray quote, a ragged row, a line break inside quotes, bytes that are not
/// UTF-8) the strict reader takes over, so the error names the same file, line and column as before.
/// </summary>
public static class ColumnarReader
{
    /// <summary>Reads the data file a config names; a missing file points back at the config line naming it.</summary>
    public static ColumnarTable Read(DatasetConfig config) => Read(config.Path, config, config.PathFrom);

    /// <summary>Reads the file at <paramref name="path"/> for <paramref name="config"/>.</summary>
    public static ColumnarTable Read(string path, DatasetConfig config, string? namedAt = null) => Read(path, _ => config, namedAt);

    /// <summary>
    /// Reads the file at <paramref name="path"/> for the config <paramref name="configFor"/> makes of its header: how
    /// the profile reads every column of a file, declared or not, in the same single pass.
    /// </summary>
    public static ColumnarTable Read(string path, Func<IReadOnlyList<string>, DatasetConfig> configFor, string? namedAt = null)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, null, null, namedAt is null ? "data file not found" : $"data file not found (named by dataset.path at {namedAt})");
        }
        TabularFile.RefuseArff(path);
        if (TabularFile.IsParquet(path))
        {
            return ParquetColumns.Read(path, configFor);
        }
        try
        {
            return TryReadFast(path, configFor) ?? FromTable(CsvReader.Read(path, namedAt), configFor);
        }
        catch (DecoderFallbackException)
        {
            return FromTable(CsvReader.Read(path, namedAt), configFor);
        }
    }

    /// <summary>Types an already-read table (the strict reader's result, or a table built in memory).</summary>
    public static ColumnarTable FromTable(CsvTable table, DatasetConfig config) => FromTable(table, _ => config);

    private static ColumnarTable FromTable(CsvTable table, Func<IReadOnlyList<string>, DatasetConfig> configFor)
    {
        var builder = new ColumnarBuilder(table.File, table.Header, configFor(table.Header), table.Rows.Count);
        foreach (var row in table.Rows)
        {
            builder.BeginRow(row.Line);
            for (var i = 0; i < row.Values.Length; i++)
            {
                builder.Field(i, row.Values[i], row.Values[i] is null);
            }
            builder.EndRow();
        }
        return builder.Build();
    }

    // Null when a row needs the strict reader's judgement.
    private static ColumnarTable? TryReadFast(string path, Func<IReadOnlyList<string>, DatasetConfig> configFor)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var text = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true), false, 1 << 16);
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = false }).From(text);
        ColumnarBuilder? builder = null;
        var header = new List<string>();
        var scratch = new char[256];
        var headerLine = 1;
        foreach (var row in reader)
        {
            var span = row.Span;
            if (row.ColCount == 1 && span.IsEmpty)
            {
                headerLine++;
                continue;
            }
            var quoted = span.Contains('"');
            // A NUL is refused by the strict reader, which names its line and column.
            if ((quoted && span.ContainsAny('\r', '\n')) || span.Contains('\0'))
            {
                return null;
            }
            if (builder is null)
            {
                for (var i = 0; i < row.ColCount; i++)
                {
                    var field = row[i].Span;
                    var length = quoted && field.Contains('"') ? Quoting.Unquote(field, ref scratch) : field.Length;
                    if (length < 0)
                    {
                        return null;
                    }
                    header.Add(length == field.Length ? field.ToString() : new string(scratch, 0, length));
                }
                // Counted here: Sep numbers the first row it returns from line 2 when it reads no header itself.
                CsvReader.CheckHeader(path, headerLine, header);
                builder = new ColumnarBuilder(path, header, configFor(header), LineBreaks.RecordsAtMost(path) - 1);
                continue;
            }
            if (row.ColCount != header.Count)
            {
                return null;
            }
            builder.BeginRow(row.LineNumberFrom);
            for (var i = 0; i < row.ColCount; i++)
            {
                var field = row[i].Span;
                if (quoted && field.Contains('"'))
                {
                    var length = Quoting.Unquote(field, ref scratch);
                    if (length < 0)
                    {
                        return null;
                    }
                    builder.Field(i, scratch.AsSpan(0, length), false);
                }
                else
                {
                    builder.Field(i, field, field.IsEmpty);
                }
            }
            builder.EndRow();
        }
        if (builder is null)
        {
            throw new InputException(path, 1, null, "the file is empty; expected a header row and data rows");
        }
        if (builder.RowCount == 0)
        {
            throw new InputException(path, 2, null, "the file has a header but no data rows");
        }
        return builder.Build();
    }
}
