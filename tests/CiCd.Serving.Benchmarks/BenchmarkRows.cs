using System.Text;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Serving.Input;
using CiCd.Serving.Scoring;

namespace CiCd.Serving.Benchmarks;

/// <summary>The data file's rows in the two shapes the scoring paths take: validated feature rows and typed columns.</summary>
internal sealed class BenchmarkRows
{
    private readonly string _csv;

    public BenchmarkRows(FeatureSchema schema, string dataPath, int count)
    {
        var table = CsvReader.Read(dataPath);
        var columns = schema.Columns([.. schema.Features.Select(f => f.Name)]);
        var positions = schema.Features.Select(f => table.IndexOf(f.Name)).ToArray();
        var csv = new StringBuilder();
        CsvWriter.AppendRecord(csv, [.. schema.Features.Select(f => f.Name)]);
        for (var i = 0; i < count; i++)
        {
            CsvWriter.AppendRecord(csv, [.. positions.Select(p => table.Rows[i % table.Rows.Count].Values[p])]);
        }
        _csv = csv.ToString();
        Rows = [.. Enumerable.Range(0, count).Select(i =>
        {
            var row = new FeatureRow(schema.Features.Count);
            var source = table.Rows[i % table.Rows.Count];
            for (var f = 0; f < columns.Length; f++)
            {
                schema.SetText(row, columns[f], source.Values[positions[f]], i);
            }
            return row;
        })];
        Columns = [.. schema.Features.Select((feature, f) => new DatasetColumn(
            new ColumnSpec(feature.Name, feature.Kind, feature.Categories, [], null, 1, Severity.Error),
            feature.Kind == ColumnKind.Numeric ? [.. Rows.Select(r => r.Numbers[f])] : null,
            feature.Kind == ColumnKind.Numeric ? null : [.. Rows.Select(r => r.Texts[f])]))];
    }

    public List<FeatureRow> Rows { get; }

    public List<DatasetColumn> Columns { get; }

    /// <summary>The rows as a CSV body with a header of the features, as clients send a batch.</summary>
    public string Csv() => _csv;

    /// <summary>The first <paramref name="count"/> rows as columns.</summary>
    public List<DatasetColumn> Head(int count) => [.. Columns.Select(c => c.Select([.. Enumerable.Range(0, count)]))];
}
