using Parquet;
using Parquet.Schema;

namespace CiCd.Testing;

/// <summary>Writes a small Parquet file (for the columnar reading tests and a Parquet data version): a nullable double column and string columns, in one or more row groups.</summary>
public static class ParquetFile
{
    public static void Write(string path, string numberColumn, double?[] numbers, IReadOnlyList<(string Name, string?[] Values)> texts, int rowGroups = 1)
    {
        WriteAsync(path, numberColumn, numbers, texts, rowGroups).GetAwaiter().GetResult();
    }

    private static async Task WriteAsync(string path, string numberColumn, double?[] numbers, IReadOnlyList<(string Name, string?[] Values)> texts, int rowGroups)
    {
        var numberField = new DataField<double?>(numberColumn);
        var textFields = texts.Select(t => new DataField<string>(t.Name)).ToArray();
        var schema = new ParquetSchema([numberField, .. textFields]);
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream);
        var size = (numbers.Length + rowGroups - 1) / rowGroups;
        for (var start = 0; start < numbers.Length; start += size)
        {
            var length = Math.Min(size, numbers.Length - start);
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<double>(numberField, numbers.AsMemory(start, length));
            for (var i = 0; i < textFields.Length; i++)
            {
                await group.WriteAsync(textFields[i], texts[i].Values.Skip(start).Take(length).ToArray());
            }
        }
    }
}
