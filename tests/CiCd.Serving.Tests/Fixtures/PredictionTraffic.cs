using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>Clients predicting one credit record in a loop until stopped, keeping every status and every answering version.</summary>
public sealed class PredictionTraffic
{
    private const int Clients = 8;

    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _clients;

    private PredictionTraffic(ServiceHost host)
    {
        var body = new Records(TrainedModel.Credit).Record(0).ToJsonString();
        _clients = Enumerable.Range(0, Clients).Select(_ => Task.Run(() => PredictAsync(host, body))).ToList();
    }

    public ConcurrentBag<HttpStatusCode> Statuses { get; } = [];

    public ConcurrentBag<string> Versions { get; } = [];

    public static PredictionTraffic Start(ServiceHost host) => new(host);

    /// <summary>Waits until some request has been answered by <paramref name="version"/>.</summary>
    public Task AnsweredByAsync(string version) => Eventually.TrueAsync(() => Versions.Contains(version), $"a request answered by {version}");

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_clients);
        _stop.Dispose();
    }

    private async Task PredictAsync(ServiceHost host, string body)
    {
        while (!_stop.IsCancellationRequested)
        {
            var response = await host.Client.PostAsync("/v1/predict", Records.Body(body, "application/json"));
            Statuses.Add(response.StatusCode);
            if (response.IsSuccessStatusCode)
            {
                Versions.Add((string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["model"]!["version"]!);
            }
        }
    }
}
