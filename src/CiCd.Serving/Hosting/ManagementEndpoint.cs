namespace CiCd.Serving.Hosting;

/// <summary>Marks a route that answers on the management address when one is configured: <c>/metrics</c> and the Kubernetes probes.</summary>
public sealed class ManagementEndpoint
{
    /// <summary>The one instance, put in a route's metadata.</summary>
    public static ManagementEndpoint Instance { get; } = new();

    private ManagementEndpoint()
    {
    }
}
