using System.Net;
using CiCd.Serving.Telemetry;
using CiCd.Serving.Tests.Fixtures.Contract;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>
/// One running service in memory (WebApplicationFactory) over a private copy of a trained model, with its own
/// prediction log and settings. Disposing it stops the host, which drains the prediction log.
/// </summary>
public sealed class ServiceHost : IAsyncDisposable
{
    public const string AdminKey = "admin-secret";

    private readonly WebApplicationFactory<Program> _factory;
    private readonly string _work;

    private ServiceHost(TrainedModel model, IReadOnlyDictionary<string, string?> overrides, Action<string>? prepare)
    {
        var work = Directory.CreateTempSubdirectory("cicd-serving-host-").FullName;
        _work = work;
        ModelFolder = model.CopyTo(Path.Combine(work, "model"));
        prepare?.Invoke(ModelFolder);
        LogPath = Path.Combine(work, "predictions.db");
        var settings = new Dictionary<string, string?>
        {
            ["Serving:Model"] = ModelFolder,
            ["Serving:AdminKey"] = AdminKey,
            ["Serving:ReloadDebounceMilliseconds"] = "50",
            ["PredictionLog:Path"] = LogPath,
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }
        });
        try
        {
            Client = _factory.CreateDefaultClient(new ContractCheckingHandler());
        }
        catch
        {
            // A host that fails to start (tests of start-up errors) must not leave its folder behind.
            _factory.Dispose();
            Directory.Delete(work, recursive: true);
            throw;
        }
    }

    public HttpClient Client { get; }

    public string ModelFolder { get; }

    public string LogPath { get; }

    public IServiceProvider Services => _factory.Services;

    public ServingMetrics Metrics => Services.GetRequiredService<ServingMetrics>();

    /// <summary>Starts a service for <paramref name="model"/> and waits until it reports ready.</summary>
    public static async Task<ServiceHost> StartAsync(TrainedModel model, IReadOnlyDictionary<string, string?>? settings = null, bool waitReady = true,
        Action<string>? prepare = null)
    {
        var host = new ServiceHost(model, settings ?? new Dictionary<string, string?>(), prepare);
        if (waitReady)
        {
            await Eventually.TrueAsync(async () => (await host.Client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK,
                "the service to report ready");
        }
        return host;
    }

    /// <summary>The Prometheus text of <c>/metrics</c>.</summary>
    public Task<string> MetricsTextAsync() => Client.GetStringAsync("/metrics");

    /// <summary>Waits until <c>/metrics</c> holds <paramref name="line"/>.</summary>
    public Task MetricAsync(string line) =>
        Eventually.TrueAsync(async () => (await MetricsTextAsync()).Split('\n').Contains(line), $"the metric line '{line}'");

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        // The host has stopped and closed the log, so nothing holds the folder any more.
        Directory.Delete(_work, recursive: true);
    }
}
