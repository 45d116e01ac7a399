namespace CiCd.Monitoring.Scenarios;

/// <summary>The kinds of change a drift scenario injects.</summary>
public enum ShiftKind
{
    /// <summary>No change: the sample is drawn as it is, to measure false alarms.</summary>
    None,

    /// <summary>A numeric column moves by Size reference standard deviations.</summary>
    MeanShift,

    /// <summary>A numeric column spreads around its mean by the factor Size (1 = unchanged).</summary>
    ScaleShift,

    /// <summary>A share Size of a categorical column's values becomes a category the reference never saw.</summary>
    NewCategory,

    /// <summary>A share Size of a column's values goes missing, at random.</summary>
    MissingRate,

    /// <summary>The positive class's share rises by Size; rows are drawn class by class, so features move only as much as they depend on the label.</summary>
    LabelShift,
}
