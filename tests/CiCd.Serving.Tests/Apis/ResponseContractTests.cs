using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CiCd.Serving.Tests.Fixtures.Contract;

namespace CiCd.Serving.Tests.Apis;

/// <summary>The checker every integration test's responses pass through must itself catch what breaks the document.</summary>
public sealed class ResponseContractTests
{
    private static readonly JsonObject Document = JsonNode.Parse("""
        {
          "openapi": "3.1.0",
          "paths": {
            "/v1/predict": {
              "post": {
                "responses": {
                  "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Answer" } } } },
                  "400": { "description": "bad", "content": { "application/problem+json": { "schema": { "type": "object" } } } }
                }
              }
            }
          },
          "components": {
            "schemas": {
              "Answer": { "type": "object", "properties": { "label": { "enum": ["good", "bad"] } }, "required": ["label"], "additionalProperties": false }
            }
          }
        }
        """)!.AsObject();

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public sealed class TheCheckMethod
    {
        private readonly ResponseContract _contract = new(Document);

        [Fact]
        public void Should_Accept_A_Declared_Answer_With_A_Body_Of_Its_Schema() =>
            Assert.Empty(_contract.Check(HttpMethod.Post, "/v1/predict", 200, Json, """{"label":"good"}"""));

        [Fact]
        public void Should_Refuse_A_Status_The_Operation_Does_Not_Declare() =>
            Assert.Contains("status not declared", Assert.Single(_contract.Check(HttpMethod.Post, "/v1/predict", 500, Json, "{}")), StringComparison.Ordinal);

        [Fact]
        public void Should_Refuse_A_Media_Type_Not_Declared_For_The_Status() =>
            Assert.Contains("media type 'text/csv'", Assert.Single(_contract.Check(HttpMethod.Post, "/v1/predict", 200, new MediaTypeHeaderValue("text/csv"), "label\ngood\n")),
                StringComparison.Ordinal);

        [Theory]
        [InlineData("""{"label":"maybe"}""")]
        [InlineData("""{"label":"good","extra":1}""")]
        [InlineData("""{}""")]
        public void Should_Refuse_A_Body_That_Breaks_Its_Schema(string body) =>
            Assert.NotEmpty(_contract.Check(HttpMethod.Post, "/v1/predict", 200, Json, body));

        [Fact]
        public void Should_Refuse_A_Json_Answer_That_Is_Cut_Off() =>
            Assert.Contains("is not JSON", Assert.Single(_contract.Check(HttpMethod.Post, "/v1/predict", 200, Json, """{"label":"go""")), StringComparison.Ordinal);

        [Fact]
        public void Should_Leave_Routes_Outside_The_Document_Alone() =>
            Assert.Empty(_contract.Check(HttpMethod.Get, "/nowhere", 404, null, null));
    }
}
