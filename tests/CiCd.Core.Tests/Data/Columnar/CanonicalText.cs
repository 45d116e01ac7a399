using System.Security.Cryptography;
using System.Text;
using CiCd.Configuration;
using CiCd.Data;

namespace CiCd.Core.Tests.Data.Columnar;

/// <summary>
/// The fingerprint as it was computed before columnar reading (the whole canonical text built from the
/// strings of a <see cref="CsvTable"/>, then hashed): the oracle that the streaming computation must match.
/// </summary>
internal static class CanonicalText
{
    public static string Fingerprint(CsvTable table, DatasetConfig config)
    {
        var columns = config.Columns.Where(c => c.Kind != ColumnKind.Ignore)
            .Select(c => (Kind: c.Kind.ToString(), Numeric: c.IsNumeric, Index: table.IndexOf(c.Name), c.Name))
            .Append((Kind: "Target", Numeric: false, Index: table.IndexOf(config.Target), Name: config.Target))
            .ToList();
        var text = new StringBuilder();
        text.Append("schema:").Append(config.Task).Append(';').Append(string.Join('|', config.Classes)).Append('\n');
        foreach (var column in columns)
        {
            text.Append(column.Name).Append(':').Append(column.Kind).Append('\u001f');
        }
        text.Append('\n');
        foreach (var row in table.Rows)
        {
            foreach (var column in columns)
            {
                text.Append(Canonical(column.Index < 0 ? null : row.Values[column.Index], column.Numeric)).Append('\u001f');
            }
            text.Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string Canonical(string? field, bool numeric) =>
        MissingValues.IsMissing(field) ? "\u2205"
        : numeric && NumberText.TryParse(field!, out var value) ? NumberText.Format(value)
        : field!.Trim();
}
