namespace CiCd.Configuration;

/// <summary>Dataset-level rules; column-level rules live on each <see cref="ColumnSpec"/>.</summary>
/// <param name="MinRows">Fewest data rows accepted.</param>
/// <param name="MaxRows">Most data rows accepted (null: no bound).</param>
/// <param name="RowCountSeverity">What a row count out of bounds does.</param>
/// <param name="MaxDuplicateShare">Largest share of exact duplicate rows tolerated.</param>
/// <param name="DuplicateSeverity">What too many duplicates do.</param>
/// <param name="MinClassShare">Smallest share any target class may have.</param>
/// <param name="ClassShareSeverity">What a rarer class does.</param>
public sealed record ValidationConfig(
    int MinRows,
    int? MaxRows,
    Severity RowCountSeverity,
    double MaxDuplicateShare,
    Severity DuplicateSeverity,
    double MinClassShare,
    Severity ClassShareSeverity)
{
    /// <summary>Defaults when the section is absent: at least 10 rows, duplicates and rare classes as warnings.</summary>
    public static ValidationConfig Default { get; } = new(10, null, Severity.Error, 0, Severity.Warning, 0.05, Severity.Error);
}
