using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CiCd.Serving.Tests.Fixtures;

namespace CiCd.Serving.Tests.Apis;

public sealed class InvocationsApiTests
{
    public sealed class TheInvokeMethod(CreditService service) : IClassFixture<CreditService>
    {
        private static readonly int[] Rows = [0, 1, 2, 3];

        [Fact]
        public async Task Should_Read_Dataframe_Split()
        {
            // Given
            var names = service.Records.Features.Select(f => f.Name).ToList();
            var data = new JsonArray([.. Rows.Select(r => (JsonNode)new JsonArray([.. names.Select(n => service.Records.Record(r)[n]!.DeepClone())]))]);
            var body = new JsonObject
            {
                ["dataframe_split"] = new JsonObject { ["columns"] = new JsonArray([.. names.Select(n => (JsonNode)n)]), ["data"] = data },
            };

            // When
            var labels = await LabelsAsync(body);

            // Then
            Assert.Equal(await ExpectedLabelsAsync(), labels);
        }

        [Theory]
        [InlineData("dataframe_records")]
        [InlineData("instances")]
        [InlineData("inputs")]
        public async Task Should_Read_Records(string key)
        {
            // Given
            var body = new JsonObject { [key] = new JsonArray([.. Rows.Select(service.Records.Record)]) };

            // When
            var labels = await LabelsAsync(body);

            // Then
            Assert.Equal(await ExpectedLabelsAsync(), labels);
        }

        [Fact]
        public async Task Should_Read_Columnar_Inputs()
        {
            // Given
            var inputs = new JsonObject();
            foreach (var feature in service.Records.Features)
            {
                inputs[feature.Name] = new JsonArray([.. Rows.Select(r => service.Records.Record(r)[feature.Name]!.DeepClone())]);
            }

            // When
            var labels = await LabelsAsync(new JsonObject { ["inputs"] = inputs });

            // Then
            Assert.Equal(await ExpectedLabelsAsync(), labels);
        }

        [Fact]
        public async Task Should_Read_Csv()
        {
            // When
            var response = await service.Client.PostAsync("/invocations", Records.Body(service.Records.Csv(Rows), "text/csv"));

            // Then
            var predictions = (await response.Content.ReadFromJsonAsync<JsonObject>())!["predictions"]!.AsArray();
            Assert.Equal(await ExpectedLabelsAsync(), predictions.Select(p => (string)p!).ToList());
        }

        [Fact]
        public async Task Should_Answer_Probabilities_When_Params_Ask()
        {
            // Given
            var body = new JsonObject { ["instances"] = new JsonArray(service.Records.Record(0)), ["params"] = new JsonObject { ["output"] = "probabilities" } };

            // When
            var response = await service.Client.PostAsync("/invocations", Records.Json(body));

            // Then
            var first = (await response.Content.ReadFromJsonAsync<JsonObject>())!["predictions"]![0]!.AsObject();
            Assert.Equal(["good", "bad"], first.Select(p => p.Key).ToList());
        }

        [Theory]
        [InlineData("[]", "bare list")]
        [InlineData("[{\"age\": 1}]", "bare list")]
        [InlineData("{}", "none of")]
        [InlineData("{\"dataframe_records\": [], \"instances\": []}", "both")]
        [InlineData("{\"records\": []}", "unknown key")]
        [InlineData("{\"instances\": [{}], \"params\": {\"temperature\": 1}}", "unknown parameter")]
        [InlineData("{\"instances\": [{}], \"params\": {\"output\": \"logits\"}}", "params.output")]
        [InlineData("{\"dataframe_split\": {\"data\": [[1]]}}", "columns")]
        [InlineData("{\"dataframe_split\": {\"columns\": [\"age\"]}}", "data")]
        [InlineData("{\"inputs\": {\"age\": 3}}", "missing field")]
        public async Task Should_Refuse_A_Body_Outside_The_Protocol(string text, string detail)
        {
            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/invocations", Records.Body(text, "application/json")));

            // Then
            Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
            Assert.Contains(detail, problem.Detail);
        }

        [Fact]
        public async Task Should_Refuse_Ragged_Columnar_Inputs()
        {
            // Given
            var inputs = new JsonObject();
            foreach (var feature in service.Records.Features)
            {
                inputs[feature.Name] = new JsonArray(service.Records.Record(0)[feature.Name]!.DeepClone());
            }
            inputs["age"]!.AsArray().Add(30);

            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/invocations", Records.Json(new JsonObject { ["inputs"] = inputs })));

            // Then
            Assert.Equal((HttpStatusCode.BadRequest, "age"), (problem.Status, problem.Field));
        }

        [Theory]
        [InlineData("application/json; charset=utf-16")]
        [InlineData("text/csv; charset=latin1")]
        [InlineData("application/x-www-form-urlencoded")]
        public async Task Should_Refuse_Anything_But_Utf8_Json_Or_Csv_With_415(string mediaType)
        {
            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/invocations", Records.Body("{}", mediaType)));

            // Then
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, problem.Status);
        }

        private async Task<List<string>> LabelsAsync(JsonObject body)
        {
            var response = await service.Client.PostAsync("/invocations", Records.Json(body));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonObject>())!["predictions"]!.AsArray().Select(p => (string)p!).ToList();
        }

        private async Task<List<string>> ExpectedLabelsAsync()
        {
            var labels = new List<string>();
            foreach (var row in Rows)
            {
                var response = await service.Client.PostAsync("/v1/predict", Records.Json(service.Records.Record(row)));
                labels.Add((string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["label"]!);
            }
            return labels;
        }
    }
}
