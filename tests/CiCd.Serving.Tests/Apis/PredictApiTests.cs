using System.Net;
using CiCd.Serving.Tests.Fixtures;

namespace CiCd.Serving.Tests.Apis;

/// <summary>The prediction routes, one file per route and concern: PredictOne, PredictBatch, their BadInput, and the limits here.</summary>
public sealed partial class PredictApiTests
{
    public sealed class TheLimits
    {
        [Fact]
        public async Task Should_Stop_A_Request_Past_The_Timeout_With_504()
        {
            // Given: a timeout far shorter than reading and scoring 20,000 rows takes
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, new Dictionary<string, string?> { ["Serving:RequestTimeoutSeconds"] = "0.01" });
            var records = new Records(TrainedModel.Credit);
            var csv = records.Csv(Enumerable.Range(0, 20_000).Select(i => i % records.Count));

            // When
            var response = await host.Client.PostAsync("/v1/predict/batch", Records.Body(csv, "text/csv"));

            // Then
            Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        }

        [Fact]
        public async Task Should_Refuse_More_Rows_Than_The_Limit_With_413()
        {
            // Given
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, new Dictionary<string, string?> { ["Serving:MaxBatchRows"] = "3" });
            var records = new Records(TrainedModel.Credit);

            // When
            var problem = await Problem.ReadAsync(await host.Client.PostAsync("/v1/predict/batch", Records.Body(records.Csv(Enumerable.Range(0, 4)), "text/csv")));

            // Then
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, problem.Status);
            Assert.Equal("Too many rows", problem.Title);
        }
    }
}
