using System.Text.Json.Serialization;

namespace CiCd.Monitoring.Detection;

/// <summary>Whether a column could be tested, and if not, why.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ColumnStatus>))]
public enum ColumnStatus
{
    /// <summary>The column was tested.</summary>
    Tested,

    /// <summary>The policy says to leave it out.</summary>
    Ignored,

    /// <summary>The reference has it, the current data does not.</summary>
    MissingInCurrent,

    /// <summary>The current column is numeric where the reference is categorical, or the other way round.</summary>
    KindMismatch,

    /// <summary>The reference column holds no values at all.</summary>
    NoReferenceValues,

    /// <summary>The current column has enough rows but every value is missing.</summary>
    AllMissing,

    /// <summary>Fewer current values than the policy's minimum sample (including an empty current sample).</summary>
    NotEnoughData,
}
