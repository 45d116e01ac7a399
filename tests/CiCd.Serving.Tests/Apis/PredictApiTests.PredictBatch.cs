using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CiCd.Serving.Tests.Fixtures;

namespace CiCd.Serving.Tests.Apis;

public sealed partial class PredictApiTests
{
    /// <summary>POST /v1/predict/batch: JSON records or CSV in, answers in row order, JSON or CSV out.</summary>
    public sealed partial class ThePredictBatchMethod(CreditService service) : IClassFixture<CreditService>
    {
        [Fact]
        public async Task Should_Answer_Json_Records_In_Order()
        {
            // Given
            var rows = Enumerable.Range(0, 50).ToList();
            var body = new JsonArray([.. rows.Select(service.Records.Record)]);
            var singles = new List<string>();
            foreach (var row in rows)
            {
                var one = await service.Client.PostAsync("/v1/predict", Records.Json(service.Records.Record(row)));
                singles.Add((string)(await one.Content.ReadFromJsonAsync<JsonObject>())!["score"]!.ToJsonString());
            }

            // When
            var response = await service.Client.PostAsync("/v1/predict/batch", Records.Json(body));

            // Then
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var predictions = (await response.Content.ReadFromJsonAsync<JsonObject>())!["predictions"]!.AsArray();
            Assert.Equal(singles, predictions.Select(p => p!["score"]!.ToJsonString()).ToList());
        }

        [Fact]
        public async Task Should_Ignore_The_Target_Column_Of_The_Training_File_And_Say_So()
        {
            // Given: the shipped data file as it is, target column included.
            var text = await File.ReadAllTextAsync(TrainedModel.Credit.Config.Dataset.Path);

            // When
            var response = await service.Client.PostAsync("/v1/predict/batch", Records.Body(text, "text/csv"));

            // Then
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(TrainedModel.Credit.Card.Target, Assert.Single(response.Headers.GetValues("X-Ignored-Columns")));
            var predictions = (await response.Content.ReadFromJsonAsync<JsonObject>())!["predictions"]!.AsArray();
            Assert.Equal(service.Records.Count, predictions.Count);
            var plain = await service.Client.PostAsync("/v1/predict/batch", Records.Body(service.Records.Csv([0]), "text/csv"));
            Assert.False(plain.Headers.Contains("X-Ignored-Columns"));
            var first = (await plain.Content.ReadFromJsonAsync<JsonObject>())!["predictions"]![0]!;
            Assert.Equal(first.ToJsonString(), predictions[0]!.ToJsonString());
        }

        [Fact]
        public async Task Should_Ignore_The_Target_In_Json_Records_And_Say_So()
        {
            // Given
            var record = service.Records.Record(0);
            record[TrainedModel.Credit.Card.Target] = "good";

            // When
            var response = await service.Client.PostAsync("/v1/predict/batch", Records.Json(new JsonArray(record)));

            // Then
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(TrainedModel.Credit.Card.Target, Assert.Single(response.Headers.GetValues("X-Ignored-Columns")));
        }

        [Fact]
        public async Task Should_Say_The_Decision_Threshold_With_The_Model()
        {
            // When
            var response = await service.Client.PostAsync("/v1/predict/batch", Records.Json(new JsonArray(service.Records.Record(0))));

            // Then
            var model = (await response.Content.ReadFromJsonAsync<JsonObject>())!["model"]!;
            Assert.Equal(TrainedModel.Credit.Card.Threshold, (double)model["decision_threshold"]!);
        }

        [Fact]
        public async Task Should_Answer_Csv_With_Csv_When_Accepted()
        {
            // Given
            var request = new HttpRequestMessage(HttpMethod.Post, "/v1/predict/batch") { Content = Records.Body(service.Records.Csv(Enumerable.Range(0, 10)), "text/csv") };
            request.Headers.Accept.ParseAdd("text/csv");

            // When
            var response = await service.Client.SendAsync(request);

            // Then
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            var lines = (await response.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');
            Assert.Equal("label,score,p_good,p_bad", lines[0]);
            Assert.Equal(11, lines.Length);
        }

        [Theory]
        [InlineData("text/*")]
        [InlineData("application/xml, text/*;q=0.5")]
        public async Task Should_Answer_Csv_When_Accept_Allows_Any_Text(string accept)
        {
            // Given
            var request = new HttpRequestMessage(HttpMethod.Post, "/v1/predict/batch") { Content = Records.Body(service.Records.Csv(Enumerable.Range(0, 3)), "text/csv") };
            request.Headers.TryAddWithoutValidation("Accept", accept);

            // When
            var response = await service.Client.SendAsync(request);

            // Then
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        }

        [Fact]
        public async Task Should_Stream_A_Large_Csv_Batch_In_Order()
        {
            // Given: more rows than one streamed chunk
            var rows = Enumerable.Range(0, 10_000).Select(i => i % service.Records.Count).ToList();
            var expected = await ScoresAsync(Enumerable.Range(0, service.Records.Count));

            // When
            var response = await service.Client.PostAsync("/v1/predict/batch", Records.Body(service.Records.Csv(rows), "text/csv"));

            // Then
            var predictions = (await response.Content.ReadFromJsonAsync<JsonObject>())!["predictions"]!.AsArray();
            Assert.Equal(rows.Select(r => expected[r]), predictions.Select(p => (double)p!["score"]!));
        }

        private async Task<double[]> ScoresAsync(IEnumerable<int> rows)
        {
            var response = await service.Client.PostAsync("/v1/predict/batch", Records.Body(service.Records.Csv(rows), "text/csv"));
            return (await response.Content.ReadFromJsonAsync<JsonObject>())!["predictions"]!.AsArray().Select(p => (double)p!["score"]!).ToArray();
        }
    }
}
