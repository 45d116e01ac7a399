using CiCd.Configuration;
using CiCd.Data;

namespace CiCd.Validate;

/// <summary>What every rule reads: the raw table, the schema and the dataset-level settings.</summary>
public sealed record ValidationContext(CsvTable Table, DatasetConfig Dataset, ValidationConfig Settings)
{
    /// <summary>The declared columns present in the file, with their position.</summary>
    public IEnumerable<(ColumnSpec Spec, int Index)> PresentColumns =>
        Dataset.Features.Select(spec => (spec, Table.IndexOf(spec.Name))).Where(c => c.Item2 >= 0);

    /// <summary>The present values of a column (not missing), each with its line.</summary>
    public IEnumerable<(string Value, int Line)> Values(int index) =>
        Table.Rows.Where(r => !MissingValues.IsMissing(r.Values[index])).Select(r => (r.Values[index]!.Trim(), r.Line));
}
