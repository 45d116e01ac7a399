using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CiCd.Serving.Tests.Fixtures;

namespace CiCd.Serving.Tests.Apis;

public sealed partial class PredictApiTests
{
    /// <summary>POST /v1/predict: one JSON record in, one answer out.</summary>
    public sealed partial class ThePredictOneMethod(CreditService service) : IClassFixture<CreditService>
    {
        [Fact]
        public async Task Should_Return_Label_Probabilities_And_Model()
        {
            // Given
            var record = service.Records.Record(0);

            // When
            var response = await service.Client.PostAsync("/v1/predict", Records.Json(record));

            // Then
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            var card = TrainedModel.Credit.Card;
            Assert.Contains((string)body["label"]!, card.Classes);
            var probabilities = body["probabilities"]!.AsObject();
            Assert.Equal(1.0, (double)probabilities["good"]! + (double)probabilities["bad"]!, 6);
            Assert.Equal((double)probabilities["bad"]!, (double)body["score"]!);
            Assert.Equal(card.Name, (string)body["model"]!["name"]!);
            Assert.Equal(card.RunId, (string)body["model"]!["version"]!);
        }

        [Fact]
        public async Task Should_Say_The_Decision_Threshold_That_Decided_The_Label()
        {
            // Given
            var card = TrainedModel.Credit.Card;

            // When
            var answers = new List<JsonObject>();
            foreach (var row in Enumerable.Range(0, 20))
            {
                var response = await service.Client.PostAsync("/v1/predict", Records.Json(service.Records.Record(row)));
                answers.Add((await response.Content.ReadFromJsonAsync<JsonObject>())!);
            }

            // Then: the label is the positive class exactly when the score reaches the threshold shown.
            foreach (var answer in answers)
            {
                var threshold = (double)answer["model"]!["decision_threshold"]!;
                Assert.Equal(card.Threshold, threshold);
                Assert.Equal((double)answer["score"]! >= threshold, (string)answer["label"]! == card.PositiveClass);
            }
        }

        [Theory]
        [InlineData("application/json; charset=\"UTF-8\"", "")]
        [InlineData("application/json; charset=utf8", "")]
        [InlineData("application/json", "\uFEFF")]
        [InlineData("application/vnd.cicd+json", "")]
        public async Task Should_Accept_Json_Variants(string mediaType, string prefix)
        {
            // When
            var response = await service.Client.PostAsync("/v1/predict", Records.Body(prefix + service.Records.Record(0).ToJsonString(), mediaType));

            // Then
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        [Fact]
        public async Task Should_Ignore_Spaces_Around_A_Category_And_A_Name_As_Csv_Does()
        {
            // Given
            var record = service.Records.Record(0);
            var csv = service.Records.Csv([0]).Replace("radio/tv", " radio/tv ", StringComparison.Ordinal).Replace("age", " age ", StringComparison.Ordinal);
            var spaced = JsonNode.Parse(record.ToJsonString().Replace("radio/tv", " radio/tv ", StringComparison.Ordinal).Replace("\"age\"", "\" age \"", StringComparison.Ordinal))!;

            // When
            var fromJson = await service.Client.PostAsync("/v1/predict", Records.Json(spaced));
            var fromCsv = await service.Client.PostAsync("/v1/predict/batch", Records.Body(csv, "text/csv"));

            // Then: one rule for both formats, and the same answer as without the spaces.
            Assert.Equal(HttpStatusCode.OK, fromJson.StatusCode);
            Assert.Equal(HttpStatusCode.OK, fromCsv.StatusCode);
            var plain = await service.Client.PostAsync("/v1/predict", Records.Json(record));
            Assert.Equal((double)(await plain.Content.ReadFromJsonAsync<JsonObject>())!["score"]!, (double)(await fromJson.Content.ReadFromJsonAsync<JsonObject>())!["score"]!);
        }

        [Fact]
        public async Task Should_Say_That_Spaces_Are_Ignored_When_A_Category_Is_Unknown()
        {
            // Given
            var record = service.Records.Record(0);
            record["purpose"] = " radio / tv ";

            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/v1/predict", Records.Json(record)));

            // Then
            Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
            Assert.Contains("spaces around it are ignored", problem.Detail, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_Accept_Null_As_A_Missing_Value()
        {
            // Given
            var record = service.Records.Record(1);
            record["age"] = null;
            record["purpose"] = null;

            // When
            var response = await service.Client.PostAsync("/v1/predict", Records.Json(record));

            // Then
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        [Theory]
        [InlineData("purpose", "?")]
        [InlineData("purpose", "")]
        [InlineData("purpose", " ? ")]
        [InlineData("age", "?")]
        [InlineData("age", "")]
        public async Task Should_Score_A_Missing_Spelling_As_Null_As_Csv_And_Training_Do(string field, string spelling)
        {
            // Given
            var spelled = service.Records.Record(1);
            spelled[field] = spelling;
            var nulled = service.Records.Record(1);
            nulled[field] = null;

            // When
            var fromSpelling = await service.Client.PostAsync("/v1/predict", Records.Json(spelled));
            var fromNull = await service.Client.PostAsync("/v1/predict", Records.Json(nulled));

            // Then
            Assert.Equal(HttpStatusCode.OK, fromSpelling.StatusCode);
            Assert.Equal((await fromNull.Content.ReadFromJsonAsync<JsonObject>())!["probabilities"]!.ToJsonString(),
                (await fromSpelling.Content.ReadFromJsonAsync<JsonObject>())!["probabilities"]!.ToJsonString());
        }

        [Fact]
        public async Task Should_Give_The_Same_Probabilities_For_A_Question_Mark_In_Json_And_Csv()
        {
            // Given
            var record = service.Records.Record(2);
            record["purpose"] = "?";
            record["age"] = "?";
            var names = service.Records.Features.Select(f => f.Name).ToList();
            var csv = new System.Text.StringBuilder();
            CiCd.Data.CsvWriter.AppendRecord(csv, names);
            CiCd.Data.CsvWriter.AppendRecord(csv, [.. names.Select(n => record[n] is JsonValue v && v.TryGetValue<string>(out var t) ? t : record[n]!.ToJsonString())]);

            // When
            var fromJson = await service.Client.PostAsync("/v1/predict", Records.Json(record));
            var fromCsv = await service.Client.PostAsync("/v1/predict/batch", Records.Body(csv.ToString(), "text/csv"));

            // Then
            Assert.Equal(HttpStatusCode.OK, fromJson.StatusCode);
            Assert.Equal(HttpStatusCode.OK, fromCsv.StatusCode);
            var fromBatch = (await fromCsv.Content.ReadFromJsonAsync<JsonObject>())!["predictions"]![0]!;
            Assert.Equal(fromBatch["probabilities"]!.ToJsonString(), (await fromJson.Content.ReadFromJsonAsync<JsonObject>())!["probabilities"]!.ToJsonString());
        }
    }
}
