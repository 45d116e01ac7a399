using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace CiCd.Cli.Tests.Fixtures;

/// <summary>
/// Clients predicting in a loop against a service until stopped: some send single records, some CSV batches. Each
/// request carries its own X-Request-Id, and each answer received whole is kept with the moment it arrived.
/// </summary>
public sealed class PredictionLoad
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _clients;
    private long _rows;

    private PredictionLoad(HttpClient client, int singleClients, int batchClients, int batchRows)
    {
        _clients =
        [
            .. Enumerable.Range(0, singleClients).Select(c => Task.Run(() => LoopAsync(client, $"single{c}", "/v1/predict", 1, "application/json"))),
            .. Enumerable.Range(0, batchClients).Select(c => Task.Run(() => LoopAsync(client, $"batch{c}", "/v1/predict/batch", batchRows, "text/csv"))),
        ];
    }

    /// <summary>Requests answered in full: request id, rows, when the answer had arrived.</summary>
    public ConcurrentBag<(string RequestId, int Rows, DateTime AnsweredUtc)> Acknowledged { get; } = [];

    /// <summary>Rows answered so far.</summary>
    public long Rows => Interlocked.Read(ref _rows);

    public static PredictionLoad Start(HttpClient client, int singleClients, int batchClients, int batchRows) =>
        new(client, singleClients, batchClients, batchRows);

    /// <summary>Stops the clients (requests in flight end as they may: a killed service answers none of them).</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_clients);
        _stop.Dispose();
    }

    /// <summary>A record of the tiny model (x, colour).</summary>
    public static string Record(int i) => $"{{\"x\": {(i % 100).ToString(CultureInfo.InvariantCulture)}, \"colour\": \"{Colour(i)}\"}}";

    /// <summary>A CSV batch of <paramref name="rows"/> records of the tiny model.</summary>
    public static string Csv(int rows)
    {
        var text = new StringBuilder("x,colour\n");
        for (var i = 0; i < rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i % 100},{Colour(i)}\n");
        }
        return text.ToString();
    }

    private static string Colour(int i) => (i % 3) switch { 0 => "red", 1 => "green", _ => "blue" };

    private async Task LoopAsync(HttpClient client, string name, string route, int rows, string mediaType)
    {
        var body = rows == 1 ? Record(name.Length) : Csv(rows);
        for (var n = 0; !_stop.IsCancellationRequested; n++)
        {
            var id = $"{name}-{n}";
            using var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
            request.Headers.Add("X-Request-Id", id);
            try
            {
                // The default completion reads the whole body: an answer is acknowledged only once it is complete.
                using var response = await client.SendAsync(request, _stop.Token);
                if (response.IsSuccessStatusCode)
                {
                    await response.Content.LoadIntoBufferAsync(_stop.Token);
                    Acknowledged.Add((id, rows, DateTime.UtcNow));
                    Interlocked.Add(ref _rows, rows);
                }
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                // The service was killed or the load stopped: this request was never acknowledged.
            }
        }
    }
}
