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
        public async Task Should_Ignore_A_Target_Column_And_Say_So()
        {
            // Given: dataframe_split columns with the target's column added, as a training table has it.
            var target = TrainedModel.Credit.Card.Target;
            var names = service.Records.Features.Select(f => f.Name).Append(target).ToList();
            var row = service.Records.Record(0);
            row[target] = "good";
            var body = new JsonObject
            {
                ["dataframe_split"] = new JsonObject
                {
                    ["columns"] = new JsonArray([.. names.Select(n => (JsonNode)n)]),
                    ["data"] = new JsonArray(new JsonArray([.. names.Select(n => row[n]!.DeepClone())])),
                },
            };

            // When
            var response = await service.Client.PostAsync("/invocations", Records.Json(body));

            // Then
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(target, Assert.Single(response.Headers.GetValues("X-Ignored-Columns")));
        }

        [Fact]
        public async Task Should_Read_A_Question_Mark_As_A_Missing_Value()
        {
            // Given
            var spelled = service.Records.Record(0);
            spelled["purpose"] = "?";
            var nulled = service.Records.Record(0);
            nulled["purpose"] = null;
            var full = new JsonObject { ["output"] = "probabilities" };

            // When
            var fromSpelling = await service.Client.PostAsync("/invocations",
                Records.Json(new JsonObject { ["dataframe_records"] = new JsonArray(spelled), ["params"] = full.DeepClone() }));
            var fromNull = await service.Client.PostAsync("/invocations",
                Records.Json(new JsonObject { ["dataframe_records"] = new JsonArray(nulled), ["params"] = full.DeepClone() }));

            // Then
            Assert.Equal(HttpStatusCode.OK, fromSpelling.StatusCode);
            Assert.Equal(await fromNull.Content.ReadAsStringAsync(), await fromSpelling.Content.ReadAsStringAsync());
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
        [InlineData("{\"records\": []}", "none of")]
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

        [Theory]
        [InlineData("{\"instances\": [NaN, x]}", 0, 20)]
        [InlineData("{\"instances\": [Infinity, -Infinity, x]}", 0, 36)]
        [InlineData("{\"instances\": [NaN,\n NaN, x]}", 1, 6)]
        public async Task Should_Name_The_Byte_Sent_Of_Malformed_Json_After_A_Python_Token(string text, int line, int inLine)
        {
            // Given: Python's NaN and infinities, which the service rewrites into longer JSON before parsing, ahead of the 'x'

            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/invocations", Records.Body(text, "application/json")));

            // Then the 'x' where the client put it (the parser counts from 0), not a byte further per token before it
            Assert.Equal((HttpStatusCode.BadRequest, "Malformed JSON"), (problem.Status, problem.Title));
            Assert.Contains($"LineNumber: {line} | BytePositionInLine: {inLine}.", problem.Detail, StringComparison.Ordinal);
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

    /// <summary>
    /// Payloads MLflow's client and tests send, each answered with the status MLflow's own scoring server gives, from
    /// mlflow/mlflow <c>mlflow/pyfunc/scoring_server/__init__.py</c> at 006c18cc (the line quoted in each case).
    /// </summary>
    public sealed class TheMlflowCompatibility(CreditService service) : IClassFixture<CreditService>
    {
        public static readonly TheoryData<string, string, string, int, string> Cases = new()
        {
            // name, Content-Type, body ({row} is a valid record, {split} a valid dataframe_split), MLflow's status, MLflow's source line
            { "NaN token for a missing number", "application/json", "{\"dataframe_records\": [{rowNaN}]}", 200,
                "_decode_json_input: decoded_input = json.loads(json_input)  (Python reads NaN; pandas treats it as missing)" },
            { "NaN token in dataframe_split", "application/json", "{splitNaN}", 200, "_decode_json_input: decoded_input = json.loads(json_input)" },
            { "Infinity token for a number", "application/json", "{\"dataframe_records\": [{rowInfinity}]}", 400,
                "invocations: except Exception: raise MlflowException(... error_code=BAD_REQUEST)  (scikit-learn refuses infinity)" },
            { "-Infinity token for a number", "application/json", "{\"instances\": [{rowMinusInfinity}]}", 400,
                "invocations: except Exception: raise MlflowException(... error_code=BAD_REQUEST)" },
            { "unknown top-level key", "application/json", "{\"dataframe_records\": [{row}], \"metadata\": {\"who\": 1}}", 200,
                "_split_data_and_params: data = {k: v for k, v in input_dict.items() if k in SUPPORTED_FORMATS}" },
            { "unknown params", "application/json", "{\"dataframe_records\": [{row}], \"params\": {\"temperature\": 0.5}}", 200,
                "invocations: _log_warning_if_params_not_in_predict_signature(_logger, params)" },
            { "format=pandas-split (MLflow 1.x)", "application/json; format=pandas-split", "{split}", 415,
                "invocations: if unexpected_content_parameters: return InvocationsResponse(... status=415 ...)" },
            { "unknown Content-Type parameter", "application/json; something=something", "{split}", 415,
                "invocations: if unexpected_content_parameters: return InvocationsResponse(... status=415 ...)" },
            { "charset utf-8", "application/json; charset=utf-8", "{split}", 200, "invocations: charset = parameter_values.get(\"charset\", \"utf-8\").lower()" },
            { "charset latin-1", "application/json; charset=latin-1", "{split}", 415, "invocations: if charset != \"utf-8\": return InvocationsResponse(... status=415 ...)" },
            { "a +json media type", "application/vnd.api+json", "{split}", 415,
                "invocations: else: return InvocationsResponse(... status=415 ...)  (the media type is compared with application/json and text/csv exactly)" },
            { "text/plain", "text/plain", "{split}", 415, "invocations: else: return InvocationsResponse(... status=415 ...)  (neither CSV nor JSON)" },
            { "a bare list", "application/json", "[{row}]", 400, "_decode_json_input: raise MlflowInvalidInputException(f\"{REQUIRED_INPUT_FORMAT}. Received a list.\")" },
            { "two input keys", "application/json", "{\"dataframe_records\": [{row}], \"instances\": [{row}]}", 400,
                "infer_and_parse_data: if len(format_keys) != 1: raise MlflowException(... error_code=BAD_REQUEST)" },
            { "no input key", "application/json", "{\"metadata\": 1}", 400, "infer_and_parse_data: if len(format_keys) != 1: raise MlflowException(... error_code=BAD_REQUEST)" },
            { "malformed JSON", "application/json", "{\"dataframe_records\": [", 400, "_decode_json_input: except json.decoder.JSONDecodeError: raise MlflowInvalidInputException" },
        };

        [Theory]
        [MemberData(nameof(Cases))]
        public async Task Should_Answer_As_Mlflow_Does(string name, string mediaType, string body, int mlflowStatus, string mlflowSource)
        {
            // Given
            var record = service.Records.Record(0);
            var text = body
                .Replace("{splitNaN}", Split(record, "NaN"), StringComparison.Ordinal)
                .Replace("{split}", Split(record, null), StringComparison.Ordinal)
                .Replace("{rowNaN}", Token(record, "NaN"), StringComparison.Ordinal)
                .Replace("{rowInfinity}", Token(record, "Infinity"), StringComparison.Ordinal)
                .Replace("{rowMinusInfinity}", Token(record, "-Infinity"), StringComparison.Ordinal)
                .Replace("{row}", record.ToJsonString(), StringComparison.Ordinal);

            // When
            var response = await service.Client.PostAsync("/invocations", Records.Body(text, mediaType));

            // Then
            Assert.True(mlflowStatus == (int)response.StatusCode, $"{name}: MLflow answers {mlflowStatus} ({mlflowSource}); got {(int)response.StatusCode}");
        }

        // The record with its age written as a bare Python token.
        private static string Token(JsonObject record, string token)
        {
            var copy = record.DeepClone().AsObject();
            copy["age"] = "__token__";
            return copy.ToJsonString().Replace("\"__token__\"", token, StringComparison.Ordinal);
        }

        // The record as dataframe_split, its age written as a bare Python token when one is given.
        private static string Split(JsonObject record, string? ageToken)
        {
            var names = record.Select(p => p.Key).ToList();
            var row = new JsonArray([.. names.Select(n => n == "age" && ageToken is not null ? JsonValue.Create("__token__") : record[n]!.DeepClone())]);
            var split = new JsonObject
            {
                ["dataframe_split"] = new JsonObject { ["columns"] = new JsonArray([.. names.Select(n => (JsonNode)n)]), ["data"] = new JsonArray(row) },
            };
            return split.ToJsonString().Replace("\"__token__\"", ageToken ?? "", StringComparison.Ordinal);
        }
    }
}
