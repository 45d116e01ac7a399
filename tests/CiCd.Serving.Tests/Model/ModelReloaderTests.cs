using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CiCd.Serving.Tests.Fixtures;

namespace CiCd.Serving.Tests.Model;

public sealed partial class ModelReloaderTests
{
    private static readonly Dictionary<string, string?> NoWatch = new() { ["Serving:WatchModel"] = "false" };

    public sealed class TheAdminReload
    {
        [Fact]
        public async Task Should_Swap_In_The_New_Version()
        {
            // Given
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, NoWatch);
            ModelFolder.Rename(host.ModelFolder, "v2");

            // When
            var response = await ReloadAsync(host, ServiceHost.AdminKey);

            // Then
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("v2", await VersionAsync(host));
            await host.MetricAsync("cicd_model_reloads_total{trigger=\"admin\"} 1");
            Assert.Contains("cicd_model_info{model=\"german-credit\",version=\"v2\"", await host.MetricsTextAsync());
        }

        [Fact]
        public async Task Should_Refuse_Callers_Without_The_Admin_Key()
        {
            // Given
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, NoWatch);

            // When
            var response = await ReloadAsync(host, "guess");

            // Then
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        [Fact]
        public async Task Should_Be_Off_Without_An_Admin_Key_Configured()
        {
            // Given
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, new Dictionary<string, string?> { ["Serving:AdminKey"] = "" });

            // When
            var response = await ReloadAsync(host, ServiceHost.AdminKey);

            // Then
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        [Theory]
        [InlineData("garbage", "checksum")]
        [InlineData("garbage with its sha256", "corrupt")]
        [InlineData("truncated with its sha256", "corrupt")]
        [InlineData("damaged entry with its sha256", "corrupt")]
        [InlineData("unreadable card", "corrupt")]
        [InlineData("other fields", "schema")]
        public async Task Should_Refuse_A_Bad_Model_And_Keep_Serving_The_Old_One(string damage, string reason)
        {
            // Given
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, NoWatch);
            var before = await VersionAsync(host);
            Break(host.ModelFolder, damage);

            // When
            var problem = await Problem.ReadAsync(await ReloadAsync(host, ServiceHost.AdminKey));

            // Then
            Assert.Equal(HttpStatusCode.Conflict, problem.Status);
            Assert.Equal(before, await VersionAsync(host));
            var predict = await host.Client.PostAsync("/v1/predict", Records.Json(new Records(TrainedModel.Credit).Record(0)));
            Assert.Equal(HttpStatusCode.OK, predict.StatusCode);
            await host.MetricAsync($"cicd_model_reload_failures_total{{reason=\"{reason}\"}} 1");
        }

        [Fact]
        public async Task Should_Give_Zero_Failures_To_Requests_In_Flight_During_Reloads()
        {
            // Given
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, NoWatch);
            var traffic = PredictionTraffic.Start(host);

            // When
            for (var i = 0; i < 6; i++)
            {
                ModelFolder.Rename(host.ModelFolder, $"v{i}");
                Assert.Equal(HttpStatusCode.OK, (await ReloadAsync(host, ServiceHost.AdminKey)).StatusCode);
                await traffic.AnsweredByAsync($"v{i}");
            }
            await traffic.StopAsync();

            // Then
            Assert.NotEmpty(traffic.Statuses);
            Assert.All(traffic.Statuses, status => Assert.Equal(HttpStatusCode.OK, status));
            Assert.Equal(Enumerable.Range(0, 6).Select(i => $"v{i}"), traffic.Versions.Where(v => v.StartsWith('v')).Distinct().Order());
        }
    }

    public sealed class TheFileWatch
    {
        [Fact]
        public async Task Should_Reload_When_The_Model_Folder_Changes()
        {
            // Given
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit);

            // When
            ModelFolder.Rename(host.ModelFolder, "from-disk");

            // Then
            await Eventually.TrueAsync(async () => await VersionAsync(host) == "from-disk", "the rewritten model to serve");
            await host.MetricAsync("cicd_model_reloads_total{trigger=\"file\"} 1");
        }

        [Fact]
        public async Task Should_Keep_Serving_When_A_Corrupt_Model_Is_Written()
        {
            // Given
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit);
            var before = await VersionAsync(host);

            // When
            ModelFolder.Corrupt(host.ModelFolder, matchingCard: false);

            // Then
            await host.MetricAsync("cicd_model_reload_failures_total{reason=\"checksum\"} 1");
            Assert.Equal(before, await VersionAsync(host));
        }

        [Fact]
        public async Task Should_Keep_Serving_When_A_Model_ML_NET_Cannot_Read_Is_Written()
        {
            // Given
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit);
            var before = await VersionAsync(host);

            // When: a valid zip with a matching sha256 whose training schema is zeroed
            ModelFolder.DamageEntry(host.ModelFolder, "TrainSchema");

            // Then: refused and counted; the watcher goes on (a second change still reloads)
            await host.MetricAsync("cicd_model_reload_failures_total{reason=\"corrupt\"} 1");
            Assert.Equal(before, await VersionAsync(host));
            File.Copy(Path.Combine(TrainedModel.Credit.Folder, "model.zip"), Path.Combine(host.ModelFolder, "model.zip"), overwrite: true);
            ModelFolder.Rename(host.ModelFolder, "repaired");
            ModelFolder.WriteCard(host.ModelFolder, ModelFolder.Card(host.ModelFolder) with { ModelSha256 = TrainedModel.Credit.Card.ModelSha256 });
            await Eventually.TrueAsync(async () => await VersionAsync(host) == "repaired", "the repaired model to serve");
        }
    }

    private static void Break(string folder, string damage)
    {
        switch (damage)
        {
            case "garbage":
                ModelFolder.Corrupt(folder, matchingCard: false);
                break;
            case "garbage with its sha256":
                ModelFolder.Corrupt(folder, matchingCard: true);
                break;
            case "truncated with its sha256":
                ModelFolder.Truncate(folder);
                break;
            case "damaged entry with its sha256":
                ModelFolder.DamageEntry(folder, "TrainSchema");
                break;
            case "unreadable card":
                File.WriteAllText(Path.Combine(folder, "model-card.json"), "{\"name\": ");
                break;
            default:
                var card = ModelFolder.Card(folder);
                ModelFolder.WriteCard(folder, card with { Features = card.Features.Skip(1).ToList() });
                break;
        }
    }

    private static Task<HttpResponseMessage> ReloadAsync(ServiceHost host, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/admin/reload");
        request.Headers.Add("X-Api-Key", key);
        return host.Client.SendAsync(request);
    }

    private static async Task<string> VersionAsync(ServiceHost host) =>
        (string)(await host.Client.GetFromJsonAsync<JsonObject>("/health/ready"))!["model"]!["version"]!;
}
