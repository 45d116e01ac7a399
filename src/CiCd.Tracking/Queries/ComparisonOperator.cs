namespace CiCd.Tracking.Queries;

/// <summary>How a metric is compared with a threshold in a list filter.</summary>
public enum ComparisonOperator
{
    /// <summary>&gt;</summary>
    Greater,

    /// <summary>&gt;=</summary>
    GreaterOrEqual,

    /// <summary>&lt;</summary>
    Less,

    /// <summary>&lt;=</summary>
    LessOrEqual,

    /// <summary>=</summary>
    Equal,

    /// <summary>!=</summary>
    NotEqual,
}
