using System.Text.Json.Serialization;

namespace CiCd.Monitoring.Profiles;

/// <summary>How a column is compared: as numbers or as categories.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ColumnKind>))]
public enum ColumnKind
{
    /// <summary>Real numbers; missing values are NaN.</summary>
    Numeric,

    /// <summary>Labels; missing values are null.</summary>
    Categorical,
}
