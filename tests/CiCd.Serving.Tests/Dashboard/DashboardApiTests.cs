using System.Net;
using CiCd.Monitoring.Analysis;
using CiCd.Serving.Tests.Fixtures;

namespace CiCd.Serving.Tests.Dashboard;

public sealed partial class DashboardApiTests
{
    private static Task<ServiceHost> StartAsync(string? driftReports, string? apiKey = null) =>
        ServiceHost.StartAsync(TrainedModel.Credit, new Dictionary<string, string?>
        {
            ["Serving:DriftReports"] = driftReports,
            ["Serving:ApiKey"] = apiKey,
        });

    private static async Task<string> PageAsync(ServiceHost host)
    {
        using var response = await host.Client.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }
}
