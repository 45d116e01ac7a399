using System.Net;
using System.Text.Json.Nodes;
using CiCd.Registry.Versions;
using CiCd.Serving.Tests.Fixtures;
using CiCd.Train;

namespace CiCd.Serving.Tests.Model;

public sealed partial class ModelReloaderTests
{
    public sealed class TheAliasWatchOnHostileVersions
    {
        private const string Production = "german-credit@production";

        [Theory]
        [InlineData("duplicate feature")]
        [InlineData("null feature name")]
        [InlineData("null categories")]
        [InlineData("null category")]
        [InlineData("fold without a metric")]
        public async Task Should_Refuse_A_Hostile_Card_And_Keep_Serving_The_Old_Version(string damage)
        {
            // Given: version 2 registered with a card the service cannot serve, its sha256 consistent
            using var registry = new RegistryFolder();
            registry.Register(TrainedModel.Credit, "production");
            var folder = TrainedModel.Credit.CopyTo(Path.Combine(registry.Root, "..", "hostile"));
            var card = Path.Combine(folder, TrainingFiles.CardJson);
            File.WriteAllText(card, Damage(File.ReadAllText(card), damage));
            var bad = registry.Registry.Register(new RegistrationRequest
            {
                Model = RegistryFolder.Model,
                ModelFile = Path.Combine(folder, TrainingFiles.Model),
                CardFile = card,
                RunId = "hostile",
            }).Version;
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, registry.Serving(Production));

            // When
            registry.Promote(bad);

            // Then
            await host.MetricAsync("cicd_model_reload_failures_total{reason=\"corrupt\"} 1");
            Assert.Equal("1", await VersionAsync(host));
            var predict = await host.Client.PostAsync("/v1/predict", Records.Json(new Records(TrainedModel.Credit).Record(0)));
            Assert.Equal(HttpStatusCode.OK, predict.StatusCode);
        }

        [Theory]
        [InlineData("model_file", "\"../../../../../../../../etc/passwd\"")]
        [InlineData("card_file", "\"/etc/hostname\"")]
        [InlineData("model_sha256", "null")]
        [InlineData("version", "2147483648")]
        [InlineData("duplicate key", "")]
        public async Task Should_Keep_Serving_When_A_Hostile_Registry_File_Moves_The_Alias(string field, string value)
        {
            // Given
            using var registry = new RegistryFolder();
            registry.Register(TrainedModel.Credit, "production");
            registry.Register(TrainedModel.Credit);
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, registry.Serving(Production));
            var document = registry.Registry.DocumentOf(RegistryFolder.Model);
            var json = JsonNode.Parse(File.ReadAllText(document))!;
            json["aliases"]!["production"] = 2;
            var text = json.ToJsonString(new() { WriteIndented = true });
            if (field == "duplicate key")
            {
                text = text.Replace("\"aliases\": {", "\"aliases\": { \"production\": 1,", StringComparison.Ordinal);
            }
            else
            {
                json["versions"]![1]![field] = JsonNode.Parse(value);
                text = json.ToJsonString(new() { WriteIndented = true });
            }

            // When
            File.WriteAllText(document, text);

            // Then
            await host.MetricAsync("cicd_model_reload_failures_total{reason=\"missing\"} 1");
            Assert.Equal("1", await VersionAsync(host));
            var predict = await host.Client.PostAsync("/v1/predict", Records.Json(new Records(TrainedModel.Credit).Record(0)));
            Assert.Equal(HttpStatusCode.OK, predict.StatusCode);
        }

        private static string Damage(string text, string damage)
        {
            var card = JsonNode.Parse(text)!;
            var features = card["features"]!.AsArray();
            var categorical = features.First(f => (string)f!["kind"]! == "categorical")!;
            switch (damage)
            {
                case "duplicate feature":
                    features.Add(features[0]!.DeepClone());
                    break;
                case "null feature name":
                    features[0]!["name"] = null;
                    break;
                case "null categories":
                    categorical["categories"] = null;
                    break;
                case "null category":
                    categorical["categories"]!.AsArray().Add(null);
                    break;
                default:
                    card["cv_folds"] = new JsonArray(new JsonObject());
                    break;
            }
            return card.ToJsonString(new() { WriteIndented = true });
        }
    }
}
