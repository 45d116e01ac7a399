using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CiCd.Serving.Tests.Fixtures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CiCd.Serving.Tests.Apis;

/// <summary>The document describes the service as it runs: every route it maps, and which of them need a key.</summary>
public sealed class OpenApiCoverageTests
{
    public sealed class TheDocument
    {
        [Fact]
        public async Task Should_Declare_Every_Route_The_Service_Maps_With_A_Unique_Operation_Id()
        {
            // Given
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit);
            var mapped = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
                // A route mapped without methods answers every method: "any", which no document operation declares.
                .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["any"]).Select(m => $"{m.ToLowerInvariant()} {e.RoutePattern.RawText}"))
                .ToHashSet();

            // When
            var document = (await host.Client.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
            var declared = document["paths"]!.AsObject()
                .SelectMany(path => path.Value!.AsObject().Select(operation => (Route: $"{operation.Key} {path.Key}", Id: (string)operation.Value!["operationId"]!)))
                .ToList();

            // Then
            Assert.Empty(mapped.Except(declared.Select(d => d.Route)));
            Assert.Empty(declared.Select(d => d.Route).Except(mapped));
            Assert.Equal(declared.Count, declared.Select(d => d.Id).Distinct().Count());
        }

        [Fact]
        public async Task Should_Answer_405_To_A_Method_The_Document_Does_Not_Declare()
        {
            // Given
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit);
            var document = (await host.Client.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
            var answers = new List<string>();

            foreach (var (path, item) in document["paths"]!.AsObject())
            {
                foreach (var method in new[] { "get", "post", "delete" }.Where(m => !item!.AsObject().ContainsKey(m)))
                {
                    // When: a method the path does not declare, as a contract fuzzer (Schemathesis) sends one
                    using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), path);
                    using var response = await host.Client.SendAsync(request);
                    answers.Add($"{method} {path}: {(int)response.StatusCode}");
                }
            }

            // Then: /metrics too, though prometheus-net maps its exporter for every method
            Assert.Contains("post /metrics: 405", answers);
            Assert.All(answers, answer => Assert.EndsWith(": 405", answer, StringComparison.Ordinal));
        }

        [Fact]
        public async Task Should_Ask_A_Key_Exactly_Where_The_Service_Asks_One()
        {
            // Given: a service with an API key
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, new Dictionary<string, string?> { ["Serving:ApiKey"] = "k" });
            var document = (await host.Client.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;

            foreach (var (path, item) in document["paths"]!.AsObject())
            {
                foreach (var (method, operation) in item!.AsObject())
                {
                    // When: called without any key
                    using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), path);
                    if (method == "post")
                    {
                        request.Content = JsonContent.Create(new { });
                    }
                    using var response = await host.Client.SendAsync(request);

                    // Then: a keyed operation refuses (401, or the admin routes' own 401), an open one never asks for a key
                    var keyed = operation!["security"]!.AsArray().Count > 0;
                    Assert.True(keyed == ((int)response.StatusCode == 401), $"{method} {path}: security {operation["security"]!.ToJsonString()}, answered {(int)response.StatusCode}");
                }
            }
        }
    }
}
