using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CiCd.Serving.Model;
using CiCd.Serving.Tests.Fixtures;

namespace CiCd.Serving.Tests.Model;

public sealed partial class ModelReloaderTests
{
    public sealed class TheAliasWatch
    {
        private const string Production = "german-credit@production";

        [Fact]
        public async Task Should_Serve_The_Version_A_Promotion_Moves_The_Alias_To()
        {
            // Given
            using var registry = new RegistryFolder();
            registry.Register(TrainedModel.Credit, "production");
            var second = registry.Register(TrainedModel.Credit);
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, registry.Serving(Production));
            Assert.Equal("1", await VersionAsync(host));

            // When
            registry.Promote(second);

            // Then
            await Eventually.TrueAsync(async () => await VersionAsync(host) == "2", "version 2 to serve");
            await host.MetricAsync("cicd_model_reloads_total{trigger=\"alias\"} 1");
            var described = (await host.Client.GetFromJsonAsync<JsonObject>("/v1/model"))!;
            Assert.Equal("2", (string)described["model"]!["version"]!);
            Assert.Equal(registry.Root, (string)described["registry"]!["root"]!);
            Assert.Equal(RegistryFolder.Model, (string)described["registry"]!["model"]!);
            Assert.Equal("production", (string)described["registry"]!["alias"]!);
            Assert.Equal(2, (int)described["registry"]!["version"]!);
        }

        [Fact]
        public async Task Should_Serve_The_Earlier_Version_Again_After_A_Rollback()
        {
            // Given
            using var registry = new RegistryFolder();
            registry.Register(TrainedModel.Credit, "production");
            registry.Register(TrainedModel.Credit, "production");
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, registry.Serving(Production));
            Assert.Equal("2", await VersionAsync(host));

            // When
            registry.Rollback();

            // Then
            await Eventually.TrueAsync(async () => await VersionAsync(host) == "1", "version 1 to serve again");
        }

        [Fact]
        public async Task Should_Follow_The_Alias_By_Polling_Alone_When_The_File_Watcher_Is_Off()
        {
            // Given
            using var registry = new RegistryFolder();
            registry.Register(TrainedModel.Credit, "production");
            var second = registry.Register(TrainedModel.Credit);
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, registry.Serving(Production, fileWatcher: false));

            // When
            registry.Promote(second);

            // Then
            await Eventually.TrueAsync(async () => await VersionAsync(host) == "2", "version 2 to serve");
        }

        [Fact]
        public async Task Should_Refuse_A_Version_Whose_Model_Bytes_Are_Corrupt_And_Keep_Serving()
        {
            // Given
            using var registry = new RegistryFolder();
            registry.Register(TrainedModel.Credit, "production");
            var damaged = registry.Register(TrainedModel.Credit);
            registry.Corrupt(damaged);
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, registry.Serving(Production));

            // When
            registry.Promote(damaged);

            // Then
            await host.MetricAsync("cicd_model_reload_failures_total{reason=\"checksum\"} 1");
            Assert.Equal("1", await VersionAsync(host));
            var predict = await host.Client.PostAsync("/v1/predict", Records.Json(new Records(TrainedModel.Credit).Record(0)));
            Assert.Equal(HttpStatusCode.OK, predict.StatusCode);
        }

        [Fact]
        public async Task Should_Refuse_A_Version_That_Takes_Other_Fields_And_Keep_Serving()
        {
            // Given
            using var registry = new RegistryFolder();
            registry.Register(TrainedModel.Credit, "production");
            var digits = registry.Register(TrainedModel.Digits);
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, registry.Serving(Production));

            // When
            registry.Promote(digits);

            // Then
            await host.MetricAsync("cicd_model_reload_failures_total{reason=\"schema\"} 1");
            Assert.Equal("1", await VersionAsync(host));
        }

        [Fact]
        public async Task Should_Ignore_Alias_Moves_When_A_Version_Is_Pinned()
        {
            // Given: one service pinned to version 1, one following production as a witness that the move was seen
            using var registry = new RegistryFolder();
            registry.Register(TrainedModel.Credit, "production");
            var second = registry.Register(TrainedModel.Credit);
            await using var pinned = await ServiceHost.StartAsync(TrainedModel.Credit, registry.Serving("german-credit@1"));
            await using var following = await ServiceHost.StartAsync(TrainedModel.Credit, registry.Serving(Production));

            // When
            registry.Promote(second);
            await Eventually.TrueAsync(async () => await VersionAsync(following) == "2", "the following service to move");

            // Then
            Assert.Equal("1", await VersionAsync(pinned));
            var described = (await pinned.Client.GetFromJsonAsync<JsonObject>("/v1/model"))!;
            Assert.Null(described["registry"]!["alias"]);
        }

        [Theory]
        [InlineData("nobody@production", "no model 'nobody'")]
        [InlineData("german-credit@certification", "alias 'certification' is not set")]
        public async Task Should_Fail_To_Start_Naming_An_Unknown_Model_Or_Alias(string reference, string message)
        {
            // Given
            using var registry = new RegistryFolder();
            registry.Register(TrainedModel.Credit, "production");

            // When
            var error = await Assert.ThrowsAnyAsync<Exception>(() => ServiceHost.StartAsync(TrainedModel.Credit, registry.Serving(reference)));

            // Then
            var rejected = Assert.Single(Causes(error).OfType<ModelRejectedException>());
            Assert.Contains(message, rejected.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_Give_Zero_Failures_To_Requests_During_Alias_Moves()
        {
            // Given
            using var registry = new RegistryFolder();
            registry.Register(TrainedModel.Credit, "production");
            var versions = Enumerable.Range(0, 3).Select(_ => registry.Register(TrainedModel.Credit)).ToList();
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, registry.Serving(Production));
            var body = new Records(TrainedModel.Credit).Record(0).ToJsonString();
            using var stop = new CancellationTokenSource();
            var statuses = new ConcurrentBag<HttpStatusCode>();
            var served = new ConcurrentBag<string>();
            var workers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var response = await host.Client.PostAsync("/v1/predict", Records.Body(body, "application/json"));
                    statuses.Add(response.StatusCode);
                    if (response.IsSuccessStatusCode)
                    {
                        served.Add((string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["model"]!["version"]!);
                    }
                }
            })).ToList();

            // When: promote each new version, then roll the last move back
            foreach (var version in versions)
            {
                registry.Promote(version);
                var seen = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Eventually.TrueAsync(() => served.Contains(seen), $"a request answered by version {seen}");
            }
            registry.Rollback();
            await Eventually.TrueAsync(async () => await VersionAsync(host) == "3", "the rollback to serve version 3");
            await stop.CancelAsync();
            await Task.WhenAll(workers);

            // Then
            Assert.NotEmpty(statuses);
            Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
            Assert.Equal(["1", "2", "3", "4"], served.Distinct().Order());
        }

        private static IEnumerable<Exception> Causes(Exception error)
        {
            for (Exception? current = error; current is not null; current = current.InnerException)
            {
                yield return current;
            }
        }
    }
}
