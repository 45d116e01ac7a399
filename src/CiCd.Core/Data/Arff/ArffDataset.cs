namespace CiCd.Data.Arff;

/// <summary>An ARFF file read in full: relation name, attributes and rows (null where the file says <c>?</c>).</summary>
public sealed record ArffDataset(string Relation, IReadOnlyList<ArffColumn> Attributes, IReadOnlyList<string?[]> Rows);
