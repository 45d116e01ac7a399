using System.Net;
using System.Text.Json.Nodes;
using CiCd.Serving.Tests.Fixtures;

namespace CiCd.Serving.Tests.Apis;

public sealed partial class PredictApiTests
{
    /// <summary>POST /v1/predict/batch: rows, bodies and answer formats it refuses, each a problem naming the row.</summary>
    public sealed partial class ThePredictBatchMethod
    {
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
    }
}
