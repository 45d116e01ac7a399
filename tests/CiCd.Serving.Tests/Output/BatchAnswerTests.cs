using System.Text;
using CiCd.Serving.Tests.Fixtures;

namespace CiCd.Serving.Tests.Output;

public sealed class BatchAnswerTests
{
    public sealed class TheExecuteAsyncMethod
    {
        [Fact]
        public async Task Should_Abort_The_Connection_And_Count_It_When_The_Timeout_Passes_After_The_Answer_Began()
        {
            // Given: a batch whose answer (about 12 MB) cannot all sit in socket buffers, a client that does not read it, and a
            // timeout long enough for reading the batch on a loaded machine; Kestrel's own minimum response rate is off, so
            // only the timeout can end the answer.
            await using var service = await KestrelService.StartAsync(new Dictionary<string, string?>
            {
                ["Serving:RequestTimeoutSeconds"] = "10",
                ["Serving:StreamChunkRows"] = "512",
            }, kestrel => kestrel.Limits.MinResponseDataRate = null);
            var records = new Records(TrainedModel.Credit);
            var csv = Encoding.UTF8.GetBytes(records.Csv(Enumerable.Range(0, 100_000).Select(i => i % records.Count)));
            using var connection = service.Connect(receiveBuffer: 4096);
            await connection.SendAsync(Encoding.ASCII.GetBytes(
                $"POST /v1/predict/batch HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\nContent-Length: {csv.Length}\r\n\r\n"));
            await connection.SendAsync(csv);

            // When: the answer has started; the request timeout passes while the server waits for the client to read.
            await Eventually.TrueAsync(async () => (await service.MetricsTextAsync()).Contains("cicd_batch_answers_aborted_total{endpoint=\"batch\",reason=\"timeout\"} 1", StringComparison.Ordinal),
                "the server to abort the answer it could not finish");
            var answer = await connection.ReadToEndAsync(TimeSpan.FromSeconds(30));

            // Then: whatever arrived cannot pass for a whole answer.
            Assert.Equal(200, answer.Status);
            Assert.False(answer.EndsWithLastChunk);
            Assert.True((await service.Client.GetAsync("/health/ready")).IsSuccessStatusCode);
        }
    }
}
