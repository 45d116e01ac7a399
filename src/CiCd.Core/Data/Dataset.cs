using CiCd.Configuration;

namespace CiCd.Data;

/// <summary>A typed dataset: feature columns, each row's class index (or target bin) and the line it came from.</summary>
public sealed record Dataset(DatasetConfig Config, IReadOnlyList<DatasetColumn> Columns, int[] Labels, int[] Lines)
{
    /// <summary>For regression, each row's numeric target (Labels then hold its quantile bin, for stratifying); null otherwise.</summary>
    public double[]? Targets { get; init; }

    /// <summary>For regression, the transform the trainer sees the target through (set from the training config).</summary>
    public TargetTransform TargetTransform { get; init; } = TargetTransform.None;

    /// <summary>Number of rows.</summary>
    public int RowCount => Labels.Length;

    /// <summary>The rows at <paramref name="rows"/>, in that order.</summary>
    public Dataset Select(IReadOnlyList<int> rows) => this with
    {
        Columns = Columns.Select(c => c.Select(rows)).ToList(),
        Labels = rows.Select(r => Labels[r]).ToArray(),
        Lines = rows.Select(r => Lines[r]).ToArray(),
        Targets = Targets is null ? null : rows.Select(r => Targets[r]).ToArray(),
    };
}
