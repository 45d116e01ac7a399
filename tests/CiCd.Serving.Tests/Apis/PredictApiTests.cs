using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CiCd.Serving.Tests.Fixtures;

namespace CiCd.Serving.Tests.Apis;

public sealed class PredictApiTests
{
    public sealed class ThePredictOneMethod(CreditService service) : IClassFixture<CreditService>
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

        [Fact]
        public async Task Should_State_The_Missing_Value_Rule_When_A_Category_Is_Refused()
        {
            // Given
            var record = service.Records.Record(0);
            record["housing"] = "NA";

            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/v1/predict", Records.Json(record)));

            // Then
            Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
            Assert.Contains("a missing value is null, \"\" or \"?\"", problem.Detail, StringComparison.Ordinal);
            Assert.Contains("known: ", problem.Detail, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_State_The_Missing_Value_Rule_When_A_Type_Is_Wrong()
        {
            // Given
            var record = service.Records.Record(0);
            record["age"] = true;

            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/v1/predict", Records.Json(record)));

            // Then
            Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
            Assert.Contains("a missing value is null, \"\" or \"?\"", problem.Detail, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_Name_A_Missing_Field()
        {
            // Given
            var record = service.Records.Record(0);
            record.Remove("age");

            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/v1/predict", Records.Json(record)));

            // Then
            Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
            Assert.Equal("age", problem.Field);
            Assert.Equal("application/problem+json", problem.MediaType);
        }

        [Fact]
        public async Task Should_Name_An_Unknown_Field()
        {
            // Given
            var record = service.Records.Record(0);
            record["shoe_size"] = 42;

            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/v1/predict", Records.Json(record)));

            // Then
            Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
            Assert.Equal("shoe_size", problem.Field);
        }

        [Theory]
        [InlineData("duration", "\"six\"")]
        [InlineData("duration", "true")]
        [InlineData("duration", "[6]")]
        [InlineData("purpose", "3")]
        [InlineData("purpose", "{\"a\":1}")]
        public async Task Should_Name_A_Field_Of_The_Wrong_Type(string field, string value)
        {
            // Given
            var record = service.Records.Record(0);
            record[field] = JsonNode.Parse(value);

            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/v1/predict", Records.Json(record)));

            // Then
            Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
            Assert.Equal(field, problem.Field);
            Assert.Contains("expects", problem.Detail);
        }

        [Theory]
        [InlineData("\"NaN\"")]
        [InlineData("\"Infinity\"")]
        [InlineData("\"-Infinity\"")]
        [InlineData("1e400")]
        [InlineData("1e39")]
        public async Task Should_Refuse_NaN_And_Infinity(string value)
        {
            // Given
            var text = service.Records.Record(0).ToJsonString().Replace("\"age\":67", $"\"age\":{value}");

            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/v1/predict", Records.Body(text, "application/json")));

            // Then
            Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
            Assert.Equal("age", problem.Field);
        }

        [Fact]
        public async Task Should_Refuse_An_Unseen_Category_Naming_The_Known_Ones()
        {
            // Given
            var record = service.Records.Record(0);
            record["housing"] = "castle";

            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/v1/predict", Records.Json(record)));

            // Then
            Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
            Assert.Equal("housing", problem.Field);
            Assert.Contains("rent", problem.Detail);
            Assert.DoesNotContain("castle", problem.Detail);
        }

        [Theory]
        [InlineData("{\"age\": ")]
        [InlineData("{\"age\": 1,}")]
        [InlineData("")]
        [InlineData("nul")]
        public async Task Should_Refuse_Malformed_Json(string text)
        {
            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/v1/predict", Records.Body(text, "application/json")));

            // Then
            Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
            Assert.Equal("Malformed JSON", problem.Title);
        }

        [Fact]
        public async Task Should_Refuse_Nesting_Deeper_Than_64()
        {
            // Given
            var text = new string('[', 65) + new string(']', 65);

            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/v1/predict", Records.Body(text, "application/json")));

            // Then
            Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
            Assert.Contains("depth", problem.Detail);
        }

        [Fact]
        public async Task Should_Refuse_A_Record_That_Is_Not_An_Object()
        {
            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/v1/predict", Records.Body("[1, 2]", "application/json")));

            // Then
            Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
            Assert.Equal("Wrong record shape", problem.Title);
        }

        [Theory]
        [InlineData("text/plain")]
        [InlineData("text/csv")]
        [InlineData("application/xml")]
        [InlineData("application/json; charset=iso-8859-1")]
        public async Task Should_Refuse_A_Wrong_Content_Type_With_415(string mediaType)
        {
            // When
            var response = await service.Client.PostAsync("/v1/predict", Records.Body(service.Records.Record(0).ToJsonString(), mediaType));

            // Then
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Problem.ReadAsync(response)).Status);
        }

        [Fact]
        public async Task Should_Refuse_A_Body_Over_The_Limit_With_413()
        {
            // Given
            var text = "{\"pad\": \"" + new string('x', 33 * 1024 * 1024) + "\"}";

            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/v1/predict", Records.Body(text, "application/json")));

            // Then
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, problem.Status);
        }
    }

    public sealed class ThePredictBatchMethod(CreditService service) : IClassFixture<CreditService>
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

        [Fact]
        public async Task Should_Name_The_Row_Of_A_Bad_Record()
        {
            // Given
            var body = new JsonArray([.. Enumerable.Range(0, 5).Select(service.Records.Record)]);
            body[3]!["age"] = "old";

            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/v1/predict/batch", Records.Json(body)));

            // Then
            Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
            Assert.Equal(("age", 3), (problem.Field, problem.Row));
        }

        [Fact]
        public async Task Should_Name_The_Row_Of_A_Bad_Csv_Value()
        {
            // Given
            var csv = service.Records.Csv(Enumerable.Range(0, 5)).Split('\n');
            csv[3] = csv[3].Replace(",67,", ",sixty,", StringComparison.Ordinal);
            var header = csv[0].Split(',');
            var lines = csv.ToList();
            lines[3] = string.Join(',', lines[3].Split(',').Select((v, i) => header[i] == "duration" ? "NaN" : v));

            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/v1/predict/batch", Records.Body(string.Join('\n', lines), "text/csv")));

            // Then
            Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
            Assert.Equal(("duration", 2), (problem.Field, problem.Row));
        }

        [Fact]
        public async Task Should_State_The_Missing_Value_Rule_When_A_Csv_Value_Is_Not_A_Number()
        {
            // Given
            var lines = service.Records.Csv(Enumerable.Range(0, 2)).Split('\n');
            var header = lines[0].Split(',');
            lines[1] = string.Join(',', lines[1].Split(',').Select((v, i) => header[i] == "duration" ? "six" : v));

            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/v1/predict/batch", Records.Body(string.Join('\n', lines), "text/csv")));

            // Then
            Assert.Equal(("duration", 0), (problem.Field, problem.Row));
            Assert.Contains("a missing value is null, \"\" or \"?\"", problem.Detail, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("a,b\n1\n", "Malformed CSV")]
        [InlineData("duration\n\"6\n", "Malformed CSV")]
        [InlineData("", "Malformed CSV")]
        public async Task Should_Refuse_Malformed_Csv(string text, string title)
        {
            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/v1/predict/batch", Records.Body(text, "text/csv")));

            // Then
            Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
            Assert.Equal(title, problem.Title);
        }

        [Fact]
        public async Task Should_Name_A_Csv_Column_Missing_From_The_Header()
        {
            // Given
            var csv = service.Records.Csv(Enumerable.Range(0, 2)).Replace("foreign_worker", "foreign", StringComparison.Ordinal);

            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/v1/predict/batch", Records.Body(csv, "text/csv")));

            // Then
            Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
            Assert.Equal("foreign", problem.Field);
        }

        [Fact]
        public async Task Should_Refuse_A_Body_That_Is_Not_An_Array()
        {
            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/v1/predict/batch", Records.Json(service.Records.Record(0))));

            // Then
            Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        }

        [Fact]
        public async Task Should_Refuse_An_Empty_Batch()
        {
            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/v1/predict/batch", Records.Body("[]", "application/json")));

            // Then
            Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
            Assert.Equal("Empty batch", problem.Title);
        }

        [Fact]
        public async Task Should_Refuse_An_Answer_Format_It_Cannot_Give_With_406()
        {
            // Given
            var request = new HttpRequestMessage(HttpMethod.Post, "/v1/predict/batch") { Content = Records.Json(new JsonArray(service.Records.Record(0))) };
            request.Headers.Accept.ParseAdd("application/xml");

            // When
            var problem = await Problem.ReadAsync(await service.Client.SendAsync(request));

            // Then
            Assert.Equal(HttpStatusCode.NotAcceptable, problem.Status);
        }

        private async Task<double[]> ScoresAsync(IEnumerable<int> rows)
        {
            var response = await service.Client.PostAsync("/v1/predict/batch", Records.Body(service.Records.Csv(rows), "text/csv"));
            return (await response.Content.ReadFromJsonAsync<JsonObject>())!["predictions"]!.AsArray().Select(p => (double)p!["score"]!).ToArray();
        }
    }

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
