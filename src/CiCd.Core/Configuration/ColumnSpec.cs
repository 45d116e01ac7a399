namespace CiCd.Configuration;

/// <summary>One declared column: its kind and the validation rules that apply to it.</summary>
/// <param name="Name">The header name in the data file.</param>
/// <param name="Kind">How the column is featurized.</param>
/// <param name="Order">For ordinal columns, the categories from lowest to highest.</param>
/// <param name="Allowed">Categories a value must be one of (empty: any).</param>
/// <param name="Range">Bounds for numeric values (null: any).</param>
/// <param name="MaxMissingShare">Largest share of missing values tolerated (0: none, 1: any).</param>
/// <param name="Severity">What a failed rule on this column does.</param>
public sealed record ColumnSpec(
    string Name,
    ColumnKind Kind,
    IReadOnlyList<string> Order,
    IReadOnlyList<string> Allowed,
    NumericRange? Range,
    double MaxMissingShare,
    Severity Severity)
{
    /// <summary>Whether the column's values are read as numbers.</summary>
    public bool IsNumeric => Kind == ColumnKind.Numeric;

    /// <summary>The categories a value may take, from the ordinal order or the allowed list.</summary>
    public IReadOnlyList<string> KnownCategories => Kind == ColumnKind.Ordinal ? Order : Allowed;
}
