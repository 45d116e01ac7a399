using System.Net;
using System.Text.Json.Nodes;
using CiCd.Serving.Tests.Fixtures;

namespace CiCd.Serving.Tests.Apis;

public sealed partial class PredictApiTests
{
    /// <summary>POST /v1/predict: records, bodies and media types it refuses, each a problem naming the field.</summary>
    public sealed partial class ThePredictOneMethod
    {
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
}
