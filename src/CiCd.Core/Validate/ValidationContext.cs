using CiCd.Configuration;
using CiCd.Data.Columnar;

namespace CiCd.Validate;

/// <summary>What every rule reads: the table read into columns, the schema and the dataset-level settings.</summary>
public sealed record ValidationContext(ColumnarTable Table, DatasetConfig Dataset, ValidationConfig Settings)
{
    /// <summary>The declared columns present in the file, with their values.</summary>
    public IEnumerable<(ColumnSpec Spec, ColumnValues Values)> PresentColumns =>
        Dataset.Features.Select(spec => (spec, Table.Column(spec.Name)!)).Where(c => c.Item2 is not null);

    /// <summary>The lines of <paramref name="rows"/> (row indexes).</summary>
    public IEnumerable<int> Lines(IEnumerable<int> rows) => rows.Select(r => Table.Lines[r]);
}
