namespace CiCd.Serving.Security;

/// <summary>Marks a scoring route, so request metrics can tell prediction latency from the dashboard's or the probes'.</summary>
public sealed class PredictionRoute
{
    /// <summary>The one instance routes carry.</summary>
    public static readonly PredictionRoute Instance = new();

    private PredictionRoute()
    {
    }
}
