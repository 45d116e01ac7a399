using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CiCd.Data;
using CiCd.Serving.Tests.Fixtures;
using CiCd.Train;

namespace CiCd.Serving.Tests.Apis;

/// <summary>
/// A regression model answers a number on every scoring route, and the numbers are the pipeline's own: the cpu model learns
/// log(1 + y), so every served value must have gone back through exp(p) − 1 to equal evaluation/test-predictions.csv.
/// </summary>
public sealed class RegressionAnswerTests
{
    private const double Tolerance = 1e-6;

    // The test split's data-file lines and the values the pipeline predicted for them, in the target's own scale.
    private static (int[] Lines, double[] Predicted) TestPredictions()
    {
        var table = CsvReader.Read(Path.Combine(TrainedModel.LogTarget.Folder, TrainingFiles.Predictions));
        var line = table.IndexOf("line");
        var predicted = table.IndexOf("predicted");
        return ([.. table.Rows.Select(r => int.Parse(r.Values[line]!, CultureInfo.InvariantCulture))],
            [.. table.Rows.Select(r => double.Parse(r.Values[predicted]!, CultureInfo.InvariantCulture))]);
    }

    private static void AssertClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(Math.Abs(actual[i] - expected[i]) <= Tolerance * Math.Max(1, Math.Abs(expected[i])), $"row {i}: served {actual[i]}, pipeline {expected[i]}");
        }
    }

    public sealed class TheScoringRoutes(RegressionService service) : IClassFixture<RegressionService>
    {
        private JsonArray TestRecords(int[] lines) => [.. lines.Select(l => (JsonNode)service.Records.Record(service.Records.IndexOfLine(l)))];

        [Fact]
        public async Task Should_Answer_The_Pipelines_Test_Predictions_In_The_Targets_Scale_From_The_Batch_Route()
        {
            // Given
            var (lines, expected) = TestPredictions();

            // When
            using var response = await service.Client.PostAsync("/v1/predict/batch", Records.Json(TestRecords(lines)));
            var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

            // Then: each element is {"prediction": number}, and nothing else
            response.EnsureSuccessStatusCode();
            var predictions = answer["predictions"]!.AsArray();
            Assert.All(predictions, p => Assert.Equal(["prediction"], p!.AsObject().Select(e => e.Key)));
            AssertClose(expected, [.. predictions.Select(p => (double)p!["prediction"]!)]);
            Assert.Null(answer["model"]!["decision_threshold"]);
        }

        [Fact]
        public async Task Should_Answer_A_Prediction_Column_In_Csv()
        {
            // Given
            var (lines, expected) = TestPredictions();
            var csv = service.Records.Csv(lines.Select(service.Records.IndexOfLine));
            using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/predict/batch") { Content = Records.Body(csv, "text/csv") };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

            // When
            using var response = await service.Client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();

            // Then
            response.EnsureSuccessStatusCode();
            var answer = text.TrimEnd('\n').Split('\n');
            Assert.Equal("prediction", answer[0]);
            AssertClose(expected, [.. answer.Skip(1).Select(v => double.Parse(v, CultureInfo.InvariantCulture))]);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("probabilities")]
        [InlineData("full")]
        public async Task Should_Answer_Invocations_With_A_List_Of_Numbers_Whatever_The_Output_Asked(string? output)
        {
            // Given
            var (lines, expected) = TestPredictions();
            var body = new JsonObject { ["dataframe_records"] = TestRecords(lines) };
            if (output is not null)
            {
                body["params"] = new JsonObject { ["output"] = output };
            }

            // When
            using var response = await service.Client.PostAsync("/invocations", Records.Json(body));
            var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

            // Then: MLflow's {"predictions": [numbers]}
            response.EnsureSuccessStatusCode();
            Assert.Equal(["predictions"], answer.Select(e => e.Key));
            AssertClose(expected, [.. answer["predictions"]!.AsArray().Select(p => p!.GetValue<double>())]);
        }

        [Fact]
        public async Task Should_Answer_One_Record_With_Its_Number_And_The_Model_Only()
        {
            // Given
            var (lines, expected) = TestPredictions();
            var served = new List<double>();

            foreach (var line in lines)
            {
                // When
                using var response = await service.Client.PostAsync("/v1/predict", Records.Json(service.Records.Record(service.Records.IndexOfLine(line))));
                var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

                // Then: no label, score or probabilities
                response.EnsureSuccessStatusCode();
                Assert.Equal(["prediction", "model"], answer.Select(e => e.Key));
                served.Add((double)answer["prediction"]!);
            }
            AssertClose(expected, served);
        }
    }
}
