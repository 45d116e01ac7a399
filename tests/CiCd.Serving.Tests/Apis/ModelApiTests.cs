using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CiCd.Serving.Tests.Fixtures;

namespace CiCd.Serving.Tests.Apis;

public sealed class ModelApiTests
{
    public sealed class TheDescribeMethod(CreditService service) : IClassFixture<CreditService>
    {
        [Fact]
        public async Task Should_Describe_Identity_Inputs_And_Metrics()
        {
            // When
            var body = (await service.Client.GetFromJsonAsync<JsonObject>("/v1/model"))!;

            // Then
            var card = TrainedModel.Credit.Card;
            Assert.Equal(card.RunId, (string)body["model"]!["version"]!);
            Assert.Equal(card.ModelSha256, (string)body["sha256"]!);
            var inputs = body["inputs"]!.AsArray();
            Assert.Equal(card.Features.Select(f => f.Name), inputs.Select(i => (string)i!["name"]!));
            var housing = inputs.Single(i => (string)i!["name"]! == "housing")!;
            Assert.Equal(("string", "categorical"), ((string)housing["type"]!, (string)housing["kind"]!));
            Assert.Contains("rent", housing["categories"]!.AsArray().Select(c => (string)c!));
            Assert.Equal("number", (string)inputs.Single(i => (string)i!["name"]! == "age")!["type"]!);
            Assert.Equal(card.Metrics["roc_auc"], (double)body["metrics"]!["roc_auc"]!);
        }

        [Fact]
        public async Task Should_Show_The_Decision_Threshold_In_Use()
        {
            // When
            var body = (await service.Client.GetFromJsonAsync<JsonObject>("/v1/model"))!;

            // Then
            Assert.Equal(TrainedModel.Credit.Card.Threshold, (double)body["decision_threshold"]!);
        }
    }

    public sealed class TheDecisionThreshold
    {
        [Fact]
        public async Task Should_Be_Null_For_A_Multiclass_Model()
        {
            // Given
            await using var host = await ServiceHost.StartAsync(TrainedModel.Digits);
            var record = new Records(TrainedModel.Digits).Record(0);

            // When
            var model = (await host.Client.GetFromJsonAsync<JsonObject>("/v1/model"))!;
            var predict = (await (await host.Client.PostAsync("/v1/predict", Records.Json(record))).Content.ReadFromJsonAsync<JsonObject>())!;

            // Then
            Assert.True(model.ContainsKey("decision_threshold"));
            Assert.Null(model["decision_threshold"]);
            Assert.True(predict["model"]!.AsObject().ContainsKey("decision_threshold"));
            Assert.Null(predict["model"]!["decision_threshold"]);
        }
    }

    public sealed class TheApiKey
    {
        [Fact]
        public async Task Should_Refuse_Model_And_Prediction_Routes_Without_The_Key_But_Not_Probes()
        {
            // Given
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, new Dictionary<string, string?> { ["Serving:ApiKey"] = "k1" });
            var record = new Records(TrainedModel.Credit).Record(0);

            // When
            var model = await host.Client.GetAsync("/v1/model");
            var predict = await host.Client.PostAsync("/v1/predict", Records.Json(record));
            var live = await host.Client.GetAsync("/health/live");
            var keyed = new HttpRequestMessage(HttpMethod.Post, "/v1/predict") { Content = Records.Json(record) };
            keyed.Headers.Add("X-Api-Key", "k1");
            var allowed = await host.Client.SendAsync(keyed);

            // Then
            Assert.Equal(HttpStatusCode.Unauthorized, model.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await Problem.ReadAsync(predict)).Status);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }
    }

    public sealed class TheRateLimit
    {
        [Fact]
        public async Task Should_Answer_429_With_Retry_After_Once_The_Budget_Is_Spent()
        {
            // Given
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, new Dictionary<string, string?> { ["Serving:RequestsPerSecond"] = "2" });
            var body = new Records(TrainedModel.Credit).Record(0).ToJsonString();

            // When
            var responses = new List<HttpResponseMessage>();
            for (var i = 0; i < 5; i++)
            {
                responses.Add(await host.Client.PostAsync("/v1/predict", Records.Body(body, "application/json")));
            }

            // Then
            var limited = responses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
            Assert.NotNull(limited.Headers.RetryAfter);
            Assert.Equal("Too many requests", (await Problem.ReadAsync(limited)).Title);
        }
    }
}
