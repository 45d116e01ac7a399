namespace CiCd.Monitoring.Scenarios;

/// <summary>
/// The kinds of change a drift scenario injects. The values are explicit and fixed: they kept their numbers when
/// <see cref="None"/> was added (last, not first), so <c>default(ShiftKind)</c> and any stored number mean what they did.
/// </summary>
public enum ShiftKind
{
    /// <summary>A numeric column moves by Size reference standard deviations.</summary>
    MeanShift = 0,

    /// <summary>A numeric column spreads around its mean by the factor Size (1 = unchanged).</summary>
    ScaleShift = 1,

    /// <summary>A share Size of a categorical column's values becomes a category the reference never saw.</summary>
    NewCategory = 2,

    /// <summary>A share Size of a column's values goes missing, at random.</summary>
    MissingRate = 3,

    /// <summary>The positive class's share rises by Size; rows are drawn class by class, so features move only as much as they depend on the label.</summary>
    LabelShift = 4,

    /// <summary>No change: the sample is drawn as it is, to measure false alarms.</summary>
    None = 5,
}
