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

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task Should_Serve_The_Version_A_Promotion_Moves_The_Alias_To(bool fileWatcher)
        {
            // Given
            using var registry = new RegistryFolder();
            registry.Register(TrainedModel.Credit, "production");
            var second = registry.Register(TrainedModel.Credit);
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, registry.Serving(Production, fileWatcher));
            Assert.Equal("1", await VersionAsync(host));

            // When
            registry.Promote(second);

            // Then
            await ServesAsync(host, "2");
            await host.MetricAsync("cicd_model_reloads_total{trigger=\"alias\"} 1");
        }

        [Fact]
        public async Task Should_State_The_Registry_Model_Alias_And_Version_In_The_Model_Description()
        {
            // Given
            using var registry = new RegistryFolder();
            registry.Register(TrainedModel.Credit, "production");
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, registry.Serving(Production));

            // When
            var described = (await host.Client.GetFromJsonAsync<JsonObject>("/v1/model"))!;

            // Then
            Assert.Equal("1", (string)described["model"]!["version"]!);
            var origin = described["registry"]!;
            Assert.Equal((registry.Root, RegistryFolder.Model, "production", 1),
                ((string)origin["root"]!, (string)origin["model"]!, (string)origin["alias"]!, (int)origin["version"]!));
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
            await ServesAsync(host, "1");
        }

        [Theory]
        [InlineData("corrupt bytes", "checksum")]
        [InlineData("other fields", "schema")]
        public async Task Should_Refuse_A_Bad_Version_And_Keep_Serving_The_Old_One(string damage, string reason)
        {
            // Given
            using var registry = new RegistryFolder();
            registry.Register(TrainedModel.Credit, "production");
            var bad = registry.Register(damage == "other fields" ? TrainedModel.Digits : TrainedModel.Credit);
            if (damage == "corrupt bytes")
            {
                registry.Corrupt(bad);
            }
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, registry.Serving(Production));

            // When
            registry.Promote(bad);

            // Then
            await host.MetricAsync($"cicd_model_reload_failures_total{{reason=\"{reason}\"}} 1");
            Assert.Equal("1", await VersionAsync(host));
            var predict = await host.Client.PostAsync("/v1/predict", Records.Json(new Records(TrainedModel.Credit).Record(0)));
            Assert.Equal(HttpStatusCode.OK, predict.StatusCode);
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
            await ServesAsync(following, "2");

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
            var traffic = PredictionTraffic.Start(host);

            // When: promote each new version, then roll the last move back
            foreach (var version in versions)
            {
                registry.Promote(version);
                await traffic.AnsweredByAsync(version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            registry.Rollback();
            await ServesAsync(host, "3");
            await traffic.StopAsync();

            // Then
            Assert.NotEmpty(traffic.Statuses);
            Assert.All(traffic.Statuses, status => Assert.Equal(HttpStatusCode.OK, status));
            Assert.Equal(["1", "2", "3", "4"], traffic.Versions.Distinct().Order());
        }

        private static Task ServesAsync(ServiceHost host, string version) =>
            Eventually.TrueAsync(async () => await VersionAsync(host) == version, $"version {version} to serve");

        private static IEnumerable<Exception> Causes(Exception error)
        {
            for (Exception? current = error; current is not null; current = current.InnerException)
            {
                yield return current;
            }
        }
    }
}
