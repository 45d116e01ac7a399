namespace CiCd.Monitoring.Scenarios;

/// <summary>One injected change: its kind, the column it hits (the target for a label shift) and its size.</summary>
public sealed record Shift(ShiftKind Kind, string Column, double Size)
{
    /// <summary>The category a <see cref="ShiftKind.NewCategory"/> shift introduces.</summary>
    public const string NewCategoryLabel = "__new_category__";
}
