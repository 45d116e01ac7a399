using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CiCd.Serving.Tests.Fixtures;

namespace CiCd.Serving.Tests.Apis;

public sealed class OpenApiApiTests
{
    public sealed class TheDocumentMethod(CreditService service) : IClassFixture<CreditService>
    {
        [Fact]
        public async Task Should_Generate_The_Record_Schema_From_The_Card()
        {
            // When
            var document = (await service.Client.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;

            // Then
            var record = document["components"]!["schemas"]!["Record"]!;
            var card = TrainedModel.Credit.Card;
            Assert.Equal(card.Features.Select(f => f.Name), record["required"]!.AsArray().Select(n => (string)n!));
            Assert.False((bool)record["additionalProperties"]!);
            var housing = record["properties"]!["housing"]!["enum"]!.AsArray().Select(v => (string?)v);
            // The spellings of a missing value are allowed with the categories.
            Assert.Equal([.. card.Features.Single(f => f.Name == "housing").Categories, "", "?", null], housing);
            Assert.Equal("number", (string)record["properties"]!["age"]!["type"]![0]!);
            Assert.NotNull(document["paths"]!["/invocations"]!["post"]);
        }
    }
}
