namespace CiCd.Comparison;

/// <summary>One named row: a cell per column (null where the column lacks it), and whether the cells disagree.</summary>
public sealed record SideBySideRow<TCell>(string Name, IReadOnlyList<TCell> Values, bool Differs);
