using CiCd.Data;
using CiCd.Errors;
using CiCd.Monitoring.Labels;

namespace CiCd.Monitoring.Performance;

/// <summary>
/// Delayed labels: a CSV with a key column (<c>request_id</c> for the prediction log, <c>row</c> for the
/// 1-based data row of a current CSV) and the outcome (<c>label</c> or the config's target name): a class, or a
/// regression's number.
/// </summary>
/// <param name="Source">The label file (or the log) the labels came from.</param>
/// <param name="KeyColumn">What the keys are: request ids or data rows.</param>
/// <param name="Labels">By key, the outcome as a number: the class index, or a regression's value.</param>
public sealed record LabelSet(string Source, string KeyColumn, IReadOnlyDictionary<string, double> Labels)
{
    /// <summary>The key column for labels of logged predictions.</summary>
    public const string RequestIdKey = "request_id";

    /// <summary>The key column for labels of a current CSV.</summary>
    public const string RowKey = "row";

    /// <summary>Reads and checks a label file: every key once, every outcome of the model's <paramref name="kind"/>.</summary>
    public static LabelSet Read(string path, OutcomeKind kind, string target)
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
        var labels = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var key = row.Values[keyIndex]?.Trim();
            var label = row.Values[labelIndex]?.Trim();
            if (string.IsNullOrEmpty(key) || MissingValues.IsMissing(label))
            {
                continue;
            }
            if (!kind.TryRead(label!, out var value, out var problem))
            {
                throw new InputException(path, row.Line, labelIndex + 1, $"{labelName} '{label}' {problem}");
            }
            if (!labels.TryAdd(key, value))
            {
                throw new InputException(path, row.Line, keyIndex + 1, $"{keyColumn} '{key}' is labelled twice");
            }
        }
        return new LabelSet(path, keyColumn, labels);
    }
}
