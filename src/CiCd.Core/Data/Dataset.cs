using CiCd.Configuration;

namespace CiCd.Data;

/// <summary>A typed dataset: feature columns, each row's class index and the line it came from.</summary>
public sealed record Dataset(DatasetConfig Config, IReadOnlyList<DatasetColumn> Columns, int[] Labels, int[] Lines)
{
    /// <summary>Number of rows.</summary>
    public int RowCount => Labels.Length;

    /// <summary>The rows at <paramref name="rows"/>, in that order.</summary>
    public Dataset Select(IReadOnlyList<int> rows) => this with
    {
        Columns = Columns.Select(c => c.Select(rows)).ToList(),
        Labels = rows.Select(r => Labels[r]).ToArray(),
        Lines = rows.Select(r => Lines[r]).ToArray(),
    };
}
