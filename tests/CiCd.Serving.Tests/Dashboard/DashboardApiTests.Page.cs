using CiCd.Serving.Telemetry;
using CiCd.Serving.Tests.Fixtures;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CiCd.Serving.Tests.Dashboard;

public sealed partial class DashboardApiTests
{
    public sealed partial class ThePageMethod
    {
        [Fact]
        public async Task Should_Show_The_Served_Model_Version_And_Card()
        {
            // Given
            await using var host = await StartAsync(null);
            var card = TrainedModel.Credit.Card;

            // When
            var page = await PageAsync(host);

            // Then
            Assert.Contains($"<small id=\"model-version\">{card.RunId}</small>", page, StringComparison.Ordinal);
            Assert.Contains(card.ModelSha256, page, StringComparison.Ordinal);
            Assert.Contains(card.Data.Fingerprint, page, StringComparison.Ordinal);
            Assert.Contains(card.Trainer, page, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_Never_Show_Input_Values_When_Predictions_Were_Made()
        {
            // Given: a category no aggregate could produce, accepted as unseen so it reaches the scorer and the counters
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, new Dictionary<string, string?> { ["Serving:UnseenCategories"] = "Accept" });
            var record = new Records(TrainedModel.Credit).Record(0);
            const string Marker = "zz-personal-value-zz";
            record["purpose"] = Marker;
            (await host.Client.PostAsync("/v1/predict", Records.Json(record))).EnsureSuccessStatusCode();

            // When
            var page = await PageAsync(host);
            var data = await host.Client.GetStringAsync("/dashboard/data.json");

            // Then
            Assert.DoesNotContain(Marker, page, StringComparison.Ordinal);
            Assert.DoesNotContain(Marker, data, StringComparison.Ordinal);
            Assert.Contains("<code>/v1/predict</code>", page, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_Forbid_Outside_Resources_With_A_Content_Security_Policy()
        {
            // Given
            await using var host = await StartAsync(null);

            // When
            using var response = await host.Client.GetAsync("/dashboard");

            // Then
            Assert.StartsWith("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.DoesNotMatch(@"(src|href)\s*=\s*""(https?:)?//", await response.Content.ReadAsStringAsync());
        }

        [Fact]
        public async Task Should_Draw_A_Client_Hang_Up_Grey_Not_Red()
        {
            // Given: a request the client abandoned, and one the service failed
            await using var host = await StartAsync(null);
            var stats = host.Services.GetRequiredService<RequestStats>();
            stats.Record("/v1/predict/batch", RequestStatsMiddleware.ClientClosedRequest, 0.01, scoring: true);
            stats.Record("/v1/predict", StatusCodes.Status500InternalServerError, 0.01, scoring: true);

            // When
            var page = await PageAsync(host);

            // Then
            Assert.Contains("<td class=\"light closed\"><span class=\"dot\"></span>499</td>", page, StringComparison.Ordinal);
            Assert.Contains("<td class=\"light red\"><span class=\"dot\"></span>500</td>", page, StringComparison.Ordinal);
        }
    }
}
