using System.Globalization;
using CiCd.Configuration;
using CiCd.Errors;
using Parquet;
using Parquet.Schema;

namespace CiCd.Data.Columnar;

/// <summary>
/// Reads a Parquet file into a <see cref="ColumnarTable"/>, one row group at a time, through the same builder as
/// CSV: the same schema checks, fingerprint and rules. The header is the file's top-level column names; a
/// "line" in an error is the 1-based row number plus one (as if row 1 were a CSV header), and nulls are missing.
/// </summary>
internal static class ParquetColumns
{
    // A cell's text: a string column's own characters, or a number formatted into the buffer; null cells are not present.
    private delegate ReadOnlySpan<char> CellText(int row, Span<char> buffer, out bool present);

    public static ColumnarTable Read(string path, Func<IReadOnlyList<string>, DatasetConfig> configFor)
    {
        try
        {
            return ReadAsync(path, configFor).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or NotSupportedException or ParquetException)
        {
            throw new InputException(path, null, null, $"not a readable Parquet file: {e.Message}", e);
        }
    }

    private static async Task<ColumnarTable> ReadAsync(string path, Func<IReadOnlyList<string>, DatasetConfig> configFor)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        var fields = reader.Schema.GetDataFields();
        var header = fields.Select(f => f.Name).ToList();
        CsvReader.CheckHeader(path, 1, header);
        var total = reader.RowGroups.Sum(g => g.RowCount);
        if (total == 0)
        {
            throw new InputException(path, 2, null, "the file has a schema but no rows");
        }
        var builder = new ColumnarBuilder(path, header, configFor(header), (int)Math.Min(Array.MaxLength, total));
        var buffer = new char[64];
        var line = 1;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = (int)group.RowCount;
            var cells = new CellText[fields.Length];
            for (var f = 0; f < fields.Length; f++)
            {
                cells[f] = await Column(path, group, fields[f], count);
            }
            for (var r = 0; r < count; r++)
            {
                builder.BeginRow(++line);
                for (var f = 0; f < fields.Length; f++)
                {
                    var text = cells[f](r, buffer, out var present);
                    builder.Field(f, text, !present);
                }
                builder.EndRow();
            }
        }
        return builder.Build();
    }

    private static async Task<CellText> Column(string path, ParquetRowGroupReader group, DataField field, int count)
    {
        var type = field.ClrType;
        return type == typeof(string) || type == typeof(ReadOnlyMemory<char>) ? await Strings(group, field, count)
            : type == typeof(double) ? await Numbers<double>(group, field, count, "R")
            : type == typeof(float) ? await Numbers<float>(group, field, count, "R")
            : type == typeof(int) ? await Numbers<int>(group, field, count, null)
            : type == typeof(long) ? await Numbers<long>(group, field, count, null)
            : type == typeof(short) ? await Numbers<short>(group, field, count, null)
            : type == typeof(byte) ? await Numbers<byte>(group, field, count, null)
            : throw new InputException(path, 1, null, $"column '{field.Name}' has the Parquet type {type.Name}, which mlops does not read (numbers and strings)");
    }

    private static async Task<CellText> Strings(ParquetRowGroupReader group, DataField field, int count)
    {
        var values = new string?[count];
        await group.ReadAsync(field, values.AsMemory());
        return (int row, Span<char> buffer, out bool present) =>
        {
            present = values[row] is not null;
            return values[row].AsSpan();
        };
    }

    private static async Task<CellText> Numbers<T>(ParquetRowGroupReader group, DataField field, int count, string? format)
        where T : struct, ISpanFormattable
    {
        var values = new T?[count];
        if (field.IsNullable)
        {
            await group.ReadAsync<T>(field, values.AsMemory());
        }
        else
        {
            var dense = new T[count];
            await group.ReadAsync<T>(field, dense.AsMemory());
            for (var i = 0; i < count; i++)
            {
                values[i] = dense[i];
            }
        }
        return (int row, Span<char> buffer, out bool present) =>
        {
            var written = 0;
            present = values[row] is { } value && value.TryFormat(buffer, out written, format, CultureInfo.InvariantCulture);
            return buffer[..written];
        };
    }
}
