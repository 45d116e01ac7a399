using System.Diagnostics;
using System.Globalization;
using System.Net;
using CiCd.Serving.Tests.Fixtures;
using Xunit.Abstractions;

namespace CiCd.Serving.Tests.Input;

/// <summary>
/// A seeded corpus of hostile bodies against the three prediction routes of a real Kestrel: every one is answered, none
/// with a 5xx, and the service stays ready. Set CICD_FUZZ_SEED to replay a printed seed.
/// </summary>
public sealed class HostileCorpusTests
{
    private const int Bodies = 10_000;

    public sealed class ThePredictionRoutes(ITestOutputHelper output)
    {
        [Fact]
        public async Task Should_Answer_Every_Hostile_Body_Without_A_5xx_Or_A_Dropped_Connection()
        {
            // Given
            var seed = Environment.GetEnvironmentVariable("CICD_FUZZ_SEED") is { Length: > 0 } given
                ? int.Parse(given, CultureInfo.InvariantCulture)
                : Random.Shared.Next();
            output.WriteLine($"hostile corpus seed: {seed} (replay with CICD_FUZZ_SEED={seed})");
            var corpus = new HostileRequests(new Records(TrainedModel.Credit), seed).Take(Bodies).ToList();
            await using var service = await KestrelService.StartAsync();
            using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = service.Address };
            var failures = new List<string>();
            var statuses = new Dictionary<int, int>();
            var clock = Stopwatch.StartNew();

            // When
            await Parallel.ForEachAsync(corpus, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (request, cancel) =>
            {
                var status = await SendAsync(client, request, cancel);
                lock (failures)
                {
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    if (status is 0 or >= 500)
                    {
                        failures.Add($"{(status == 0 ? "dropped connection" : status.ToString(CultureInfo.InvariantCulture))}: {request}");
                    }
                }
            });
            var ready = await service.Client.GetAsync("/health/ready");

            // Then
            output.WriteLine($"{corpus.Count} bodies in {clock.Elapsed.TotalSeconds:F1} s; statuses: " +
                string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
            Assert.True(failures.Count == 0, $"seed {seed}: {failures.Count} failures, first ones:\n{string.Join('\n', failures.Take(10))}");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }
    }

    // The answer's status, or 0 when the connection failed under the request.
    private static async Task<int> SendAsync(HttpClient client, HostileRequest request, CancellationToken cancel)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, request.Route) { Content = new ByteArrayContent(request.Body) };
        if (request.ContentType.Length > 0)
        {
            message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        }
        if (request.ContentEncoding is { } encoding)
        {
            message.Content.Headers.TryAddWithoutValidation("Content-Encoding", encoding);
        }
        if (request.Accept is { } accept)
        {
            message.Headers.TryAddWithoutValidation("Accept", accept);
        }
        try
        {
            using var response = await client.SendAsync(message, cancel);
            // The whole answer is read, so a body cut short is a failure too.
            await response.Content.ReadAsByteArrayAsync(cancel);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }
}
