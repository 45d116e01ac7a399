using CiCd.Configuration;

namespace CiCd.Data;

/// <summary>One feature column in memory: numbers (NaN where missing) or texts (null where missing).</summary>
public sealed record DatasetColumn(ColumnSpec Spec, float[]? Numbers, string?[]? Texts)
{
    /// <summary>The column name.</summary>
    public string Name => Spec.Name;

    /// <summary>The rows' values, picked by index (for folds and splits).</summary>
    public DatasetColumn Select(IReadOnlyList<int> rows) => this with
    {
        Numbers = Numbers is null ? null : rows.Select(r => Numbers[r]).ToArray(),
        Texts = Texts is null ? null : rows.Select(r => Texts[r]).ToArray(),
    };
}
