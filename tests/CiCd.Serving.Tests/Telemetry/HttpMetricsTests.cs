using System.Net;
using System.Text;
using CiCd.Serving.Tests.Fixtures;

namespace CiCd.Serving.Tests.Telemetry;

public sealed class HttpMetricsTests
{
    public sealed class TheRequestCounter
    {
        [Fact]
        public async Task Should_Count_A_Rejected_Request_Under_Its_Answered_Status()
        {
            // Given
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit);

            // When
            using var body = new StringContent("{ not json", Encoding.UTF8, "application/json");
            var answer = await host.Client.PostAsync(new Uri("/v1/predict", UriKind.Relative), body);

            // Then
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            var lines = (await host.MetricsTextAsync()).Split('\n')
                .Where(line => line.StartsWith("http_requests_received_total{", StringComparison.Ordinal) && line.Contains("v1/predict", StringComparison.Ordinal))
                .ToList();
            Assert.Contains(lines, line => line.Contains("code=\"400\"", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, line => line.Contains("code=\"200\"", StringComparison.Ordinal));
        }
    }
}
