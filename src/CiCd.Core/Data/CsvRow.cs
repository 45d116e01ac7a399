namespace CiCd.Data;

/// <summary>One data row of a CSV file: its 1-based line in the file and its fields (null where empty).</summary>
public sealed record CsvRow(int Line, string?[] Values);
