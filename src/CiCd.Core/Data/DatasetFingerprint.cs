using System.Text;
using CiCd.Configuration;
using CiCd.Storage;

namespace CiCd.Data;

/// <summary>
/// The sha256 of a dataset's canonical content plus its schema: the declared columns in config order,
/// numbers in round-trip form, missing values as one marker. Quoting, line ends, a BOM, column order in
/// the file or undeclared columns do not change it; a changed value, kind or class list does.
/// </summary>
public static class DatasetFingerprint
{
    /// <summary>Computes the fingerprint of <paramref name="table"/> under <paramref name="config"/>.</summary>
    public static string Compute(CsvTable table, DatasetConfig config)
    {
        var columns = config.Columns.Where(c => c.Kind != ColumnKind.Ignore)
            .Select(c => (c.Name, Kind: c.Kind.ToString(), Numeric: c.IsNumeric, Index: table.IndexOf(c.Name)))
            .Append((Name: config.Target, Kind: "Target", Numeric: false, Index: table.IndexOf(config.Target)))
            .ToList();
        var text = new StringBuilder();
        text.Append("schema:").Append(config.Task).Append(';').Append(string.Join('|', config.Classes)).Append('\n');
        foreach (var (name, kind, _, _) in columns)
        {
            text.Append(name).Append(':').Append(kind).Append('\u001f');
        }
        text.Append('\n');
        foreach (var row in table.Rows)
        {
            foreach (var (_, _, numeric, index) in columns)
            {
                text.Append(Canonical(index < 0 ? null : row.Values[index], numeric)).Append('\u001f');
            }
            text.Append('\n');
        }
        return ContentHash.OfText(text.ToString());
    }

    private static string Canonical(string? field, bool numeric) =>
        MissingValues.IsMissing(field) ? "\u2205"
        : numeric && NumberText.TryParse(field!, out var value) ? NumberText.Format(value)
        : field!.Trim();
}
