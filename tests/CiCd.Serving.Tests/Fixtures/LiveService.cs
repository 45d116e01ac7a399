using CiCd.Serving.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>
/// The real service on a loopback socket (Kestrel on 127.0.0.1, a free port): a browser needs a real address, which
/// WebApplicationFactory's in-memory server does not give. Serves a private copy of the trained credit model.
/// </summary>
public sealed class LiveService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LiveService(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public static async Task<LiveService> StartAsync(string work, string driftReports)
    {
        var model = TrainedModel.Credit.CopyTo(Path.Combine(work, "model"));
        var app = ServingApplication.Build([], new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Serving:Model"] = model,
            ["Serving:DriftReports"] = driftReports,
            ["Serving:WatchModel"] = "false",
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var service = new LiveService(app, new Uri(address));
        await Eventually.TrueAsync(async () => (await service.Client.GetAsync("/health/ready")).IsSuccessStatusCode, "the service to report ready");
        return service;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
