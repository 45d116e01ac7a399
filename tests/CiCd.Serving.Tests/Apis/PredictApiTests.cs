using System.Net;
using CiCd.Serving.PredictionLog;
using CiCd.Serving.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace CiCd.Serving.Tests.Apis;

/// <summary>The prediction routes, one file per route and concern: PredictOne, PredictBatch, their BadInput, and the limits here.</summary>
public sealed partial class PredictApiTests
{
    public sealed class TheLimits
    {
        [Fact]
        public async Task Should_Stop_A_Request_Past_The_Timeout_With_504()
        {
            // Given: a request held past a 10 ms timeout by the prediction log, not by its upload. The log's queue (room
            // for one record) holds two, and its writer waits a tenth of a 60 s flush interval to gather a fuller write,
            // so the request waits seconds for room. Its body is two rows, sent whole before any answer: a 2 MB body let
            // the 504 come while it was still being sent, and the client then saw an aborted upload instead.
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, new Dictionary<string, string?>
            {
                ["Serving:RequestTimeoutSeconds"] = "0.01",
                ["PredictionLog:QueueCapacity"] = "1",
                ["PredictionLog:FlushIntervalMilliseconds"] = "60000",
                ["PredictionLog:QueueWaitMilliseconds"] = "60000",
            });
            host.Services.GetRequiredService<PredictionLogBuffer>().Offer([AwkwardRecords.With("plain", 1, 2), AwkwardRecords.With("plain", 3, 4)]);
            var records = new Records(TrainedModel.Credit);

            // When
            var problem = await Problem.ReadAsync(await host.Client.PostAsync("/v1/predict/batch", Records.Body(records.Csv([0, 1]), "text/csv")));

            // Then
            Assert.Equal((HttpStatusCode.GatewayTimeout, "application/problem+json"), (problem.Status, problem.MediaType));
            Assert.Equal("Gateway Timeout", problem.Title);
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
