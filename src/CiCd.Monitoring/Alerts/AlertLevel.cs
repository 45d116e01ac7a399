using System.Text.Json.Serialization;

namespace CiCd.Monitoring.Alerts;

/// <summary>Traffic light of a column or of the whole dataset.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AlertLevel>))]
public enum AlertLevel
{
    /// <summary>Nothing to do.</summary>
    Green,

    /// <summary>Look at it: a warning, too little data, or a data-quality change.</summary>
    Amber,

    /// <summary>Act: the column (or the dataset) drifted or the input is broken.</summary>
    Red,
}
