using CiCd.Data;
using CiCd.Errors;

namespace CiCd.Monitoring.Performance;

/// <summary>
/// Delayed labels: a CSV with a key column (<c>request_id</c> for the prediction log, <c>row</c> for the
/// 1-based data row of a current CSV) and the true class (<c>label</c> or the config's target name).
/// </summary>
public sealed record LabelSet(string Source, string KeyColumn, IReadOnlyDictionary<string, int> Labels)
{
    /// <summary>The key column for labels of logged predictions.</summary>
    public const string RequestIdKey = "request_id";

    /// <summary>The key column for labels of a current CSV.</summary>
    public const string RowKey = "row";

    /// <summary>Reads and checks a label file: every key once, every class one of <paramref name="classes"/>.</summary>
    public static LabelSet Read(string path, IReadOnlyList<string> classes, string target)
    {
        var table = CsvReader.Read(path);
        var keyColumn = table.IndexOf(RequestIdKey) >= 0 ? RequestIdKey : table.IndexOf(RowKey) >= 0 ? RowKey
            : throw new InputException(path, 1, null, $"labels need a key column '{RequestIdKey}' (prediction log) or '{RowKey}' (current CSV); the header has {string.Join(", ", table.Header)}");
        var labelName = table.IndexOf("label") >= 0 ? "label" : target;
        var labelIndex = table.IndexOf(labelName);
        if (labelIndex < 0)
        {
            throw new InputException(path, 1, null, $"labels need a column 'label' or '{target}'; the header has {string.Join(", ", table.Header)}");
        }
        var keyIndex = table.IndexOf(keyColumn);
        var labels = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var key = row.Values[keyIndex]?.Trim();
            var label = row.Values[labelIndex]?.Trim();
            if (string.IsNullOrEmpty(key) || MissingValues.IsMissing(label))
            {
                continue;
            }
            var index = classes.ToList().IndexOf(label!);
            if (index < 0)
            {
                throw new InputException(path, row.Line, labelIndex + 1, $"label '{label}' is not one of the model's classes ({string.Join(", ", classes)})");
            }
            if (!labels.TryAdd(key, index))
            {
                throw new InputException(path, row.Line, keyIndex + 1, $"{keyColumn} '{key}' is labelled twice");
            }
        }
        return new LabelSet(path, keyColumn, labels);
    }
}
