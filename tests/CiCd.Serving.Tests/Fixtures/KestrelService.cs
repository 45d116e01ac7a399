using CiCd.Serving.Hosting;
using CiCd.Serving.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>
/// The real service on a loopback socket (Kestrel on 127.0.0.1, a free port), for what the in-memory test server
/// never does: framing, slow bodies, aborted connections. Serves a private copy of the credit model.
/// </summary>
public sealed class KestrelService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _work;

    private KestrelService(WebApplication app, Uri address, string work)
    {
        _app = app;
        _work = work;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public ServingMetrics Metrics => _app.Services.GetRequiredService<ServingMetrics>();

    /// <summary>Starts the service; <paramref name="kestrel"/> may change Kestrel's limits before it starts.</summary>
    public static async Task<KestrelService> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<KestrelServerOptions>? kestrel = null)
    {
        var work = Directory.CreateTempSubdirectory("cicd-serving-kestrel-").FullName;
        var all = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Serving:Model"] = TrainedModel.Credit.CopyTo(Path.Combine(work, "model")),
            ["Serving:WatchModel"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }
        var app = ServingApplication.Build([], all);
        // Kestrel reads its options when the server starts, so a change made here still counts.
        kestrel?.Invoke(app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var service = new KestrelService(app, new Uri(address), work);
        await Eventually.TrueAsync(async () => (await service.Client.GetAsync("/health/ready")).IsSuccessStatusCode, "the service to report ready");
        return service;
    }

    /// <summary>A raw TCP connection to the service, for requests no HTTP client would send.</summary>
    public RawConnection Connect(int? receiveBuffer = null) => RawConnection.Open(Address, receiveBuffer);

    /// <summary>The Prometheus text of <c>/metrics</c>.</summary>
    public Task<string> MetricsTextAsync() => Client.GetStringAsync("/metrics");

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_work, recursive: true);
    }
}
