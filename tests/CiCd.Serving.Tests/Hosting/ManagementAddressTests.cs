using System.Net;
using CiCd.Errors;
using CiCd.Serving.Hosting;
using CiCd.Serving.Tests.Fixtures;
using CiCd.Testing;
using Microsoft.Extensions.Hosting;

namespace CiCd.Serving.Tests.Hosting;

/// <summary>/metrics and the probes on an address of their own, on a real Kestrel on 127.0.0.1.</summary>
public sealed class ManagementAddressTests
{
    public sealed class TheParseMethod
    {
        [Theory]
        [InlineData("http://127.0.0.1:9090", 9090)]
        [InlineData("http://+:9091", 9091)]
        [InlineData("http://[::]:9092;http://0.0.0.0:9093", 9093)]
        public void Should_Take_The_Port_Of_Each_Url(string urls, int port) =>
            Assert.True(ManagementAddress.Parse(urls).Accepts(port));

        [Theory]
        [InlineData("http://127.0.0.1")]
        [InlineData("http://127.0.0.1:0")]
        [InlineData("ftp://127.0.0.1:21")]
        [InlineData("9090")]
        public void Should_Refuse_A_Url_Without_A_Usable_Port(string urls) =>
            Assert.Contains("Serving:ManagementUrls", Assert.Throws<InputException>(() => ManagementAddress.Parse(urls)).Message, StringComparison.Ordinal);
    }

    public sealed class TheService
    {
        [Fact]
        public async Task Should_Answer_Metrics_And_Probes_Only_On_The_Management_Port_And_Scoring_Only_On_The_Other()
        {
            // Given
            using var model = new TempFolder();
            var folder = TrainedModel.Credit.CopyTo(model.PathOf("model"));
            var (scoring, management) = (FreePort.Next(), FreePort.Next());
            await using var app = ServingApplication.Build([], new Dictionary<string, string?>
            {
                ["urls"] = $"http://127.0.0.1:{scoring}",
                ["Serving:ManagementUrls"] = $"http://127.0.0.1:{management}",
                ["Serving:Model"] = folder,
            });
            await app.StartAsync();
            using var client = new HttpClient();
            var records = new Records(TrainedModel.Credit);
            await Eventually.TrueAsync(async () => (await client.GetAsync($"http://127.0.0.1:{management}/health/ready")).StatusCode == HttpStatusCode.OK,
                "the service to report ready on the management port");

            // When
            var metricsOnManagement = await client.GetAsync($"http://127.0.0.1:{management}/metrics");
            var metricsOnScoring = await client.GetAsync($"http://127.0.0.1:{scoring}/metrics");
            var readyOnScoring = await client.GetAsync($"http://127.0.0.1:{scoring}/health/ready");
            var predictOnScoring = await client.PostAsync($"http://127.0.0.1:{scoring}/v1/predict/batch", Records.Body(records.Csv([0]), "text/csv"));
            var predictOnManagement = await client.PostAsync($"http://127.0.0.1:{management}/v1/predict/batch", Records.Body(records.Csv([0]), "text/csv"));
            using var spoofed = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{scoring}/metrics") { Headers = { Host = $"127.0.0.1:{management}" } };
            var metricsWithSpoofedHost = await client.SendAsync(spoofed);

            // Then
            Assert.Equal(HttpStatusCode.OK, metricsOnManagement.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, metricsOnScoring.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, readyOnScoring.StatusCode);
            Assert.Equal(HttpStatusCode.OK, predictOnScoring.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, predictOnManagement.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, metricsWithSpoofedHost.StatusCode);
            await app.StopAsync();
        }
    }
}
