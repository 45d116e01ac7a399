using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CiCd.Serving.Tests.Fixtures;

namespace CiCd.Serving.Tests.Apis;

public sealed class HealthApiTests
{
    public sealed class TheProbes(CreditService service) : IClassFixture<CreditService>
    {
        [Theory]
        [InlineData("/health/live", "live")]
        [InlineData("/health/ready", "ready")]
        [InlineData("/ping", "ready")]
        [InlineData("/health", "ready")]
        public async Task Should_Answer_Ok_With_The_Model(string path, string status)
        {
            // When
            var body = await service.Client.GetFromJsonAsync<JsonObject>(path);

            // Then
            Assert.Equal(status, (string)body!["status"]!);
            Assert.Equal(TrainedModel.Credit.Card.RunId, (string)body["model"]!["version"]!);
        }

        [Fact]
        public async Task Should_Answer_The_Version_As_Text()
        {
            // When
            var response = await service.Client.GetAsync("/version");

            // Then
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
            Assert.False(string.IsNullOrWhiteSpace(await response.Content.ReadAsStringAsync()));
        }
    }

    public sealed class TheReadyMethod
    {
        [Fact]
        public async Task Should_Stay_Unready_While_No_Model_Loads_But_Stay_Live()
        {
            // Given: a model folder whose model file is missing
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, waitReady: false,
                prepare: folder => File.Delete(Path.Combine(folder, "model.zip")));
            await host.MetricAsync("cicd_model_reload_failures_total{reason=\"missing\"} 1");

            // When
            var ready = await host.Client.GetAsync("/health/ready");
            var live = await host.Client.GetAsync("/health/live");
            var predict = await host.Client.PostAsync("/v1/predict", Records.Json(new Records(TrainedModel.Credit).Record(0)));

            // Then
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, predict.StatusCode);
            Assert.NotNull(predict.Headers.RetryAfter);
        }
    }
}
