using System.Text.Json.Serialization;

namespace CiCd.Monitoring.Policy;

/// <summary>The customary reading of a PSI value.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PsiBand>))]
public enum PsiBand
{
    /// <summary>PSI &lt; 0.1.</summary>
    Stable,

    /// <summary>0.1 ≤ PSI &lt; 0.25.</summary>
    Moderate,

    /// <summary>PSI ≥ 0.25.</summary>
    Major,
}
