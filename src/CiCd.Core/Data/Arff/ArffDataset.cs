namespace CiCd.Data.Arff;

/// <summary>An ARFF file read in full: relation name, attributes and rows (null where the file says <c>?</c>).</summary>
public sealed record ArffDataset(string Relation, IReadOnlyList<ArffColumn> Attributes, IReadOnlyList<string?[]> Rows)
{
    /// <summary>The file line of each row, so a problem found in the converted CSV can name the ARFF line.</summary>
    public IReadOnlyList<int> Lines { get; init; } = [];
}
