using CiCd.Serving.Model;
using CiCd.Serving.Telemetry;

namespace CiCd.Serving.Dashboard;

/// <summary>What the dashboard handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed record DashboardServices(HttpContext Context, ModelSlot Slot, RequestStats Requests, ServingMetrics Metrics, DriftReportFolder Reports, DriftSection Drift)
{
    /// <summary>The dashboard's content now, with <paramref name="history"/> as the drift part.</summary>
    public DashboardData Snapshot(DriftHistory history) => DashboardSnapshot.Take(Slot.Current, Requests, Metrics, history);
}
