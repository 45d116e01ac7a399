using System.Text.Json.Serialization;

namespace CiCd.Monitoring.Alerts;

/// <summary>What a person should do about an alert.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Recommendation>))]
public enum Recommendation
{
    /// <summary>Nothing.</summary>
    None,

    /// <summary>Wait for more current data before judging.</summary>
    CollectMoreData,

    /// <summary>Look at one feature's distributions.</summary>
    InspectFeature,

    /// <summary>The data feeding the model changed shape: missing columns, nulls, new categories.</summary>
    CheckUpstreamPipeline,

    /// <summary>Enough of the inputs moved that the model should be retrained on recent data.</summary>
    Retrain,
}
