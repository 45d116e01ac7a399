using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CiCd.Serving.Tests.Fixtures;
using CiCd.Testing;

namespace CiCd.Serving.Tests.Dashboard;

public sealed partial class DashboardApiTests
{
    public sealed class TheDataMethod
    {
        [Fact]
        public async Task Should_Count_Requests_And_Predictions_By_Class_When_Predictions_Were_Made()
        {
            // Given
            await using var host = await StartAsync(null);
            var records = new Records(TrainedModel.Credit);
            for (var i = 0; i < 3; i++)
            {
                (await host.Client.PostAsync("/v1/predict", Records.Json(records.Record(i)))).EnsureSuccessStatusCode();
            }
            await host.Client.PostAsync("/v1/predict", Records.Body("{", "application/json"));

            // When
            var data = (await host.Client.GetFromJsonAsync<JsonObject>("/dashboard/data.json"))!;

            // Then
            var traffic = data["traffic"]!;
            var requests = traffic["requests"]!.AsArray().Select(r => ((string)r!["route"]!, (int)r["status"]!, (long)r["requests"]!)).ToList();
            Assert.Contains(("/v1/predict", 200, 3L), requests);
            Assert.Contains(("/v1/predict", 400, 1L), requests);
            Assert.Equal(3L, traffic["predictions_by_class"]!.AsArray().Sum(c => (long)c!["count"]!));
            var predict = traffic["latency"]!.AsArray().Single(l => (string)l!["route"]! == "/v1/predict")!;
            Assert.True((double)predict["p50_ms"]! > 0);
            Assert.True((double)predict["p99_ms"]! >= (double)predict["p50_ms"]!);
            var scoring = traffic["latency"]!.AsArray().Single(l => (string)l!["route"]! == "predictions")!;
            Assert.Equal(4L, (long)scoring["requests"]!);
            Assert.Equal("startup", (string)traffic["reloads"]![0]!["label"]!);
        }

        [Fact]
        public async Task Should_Describe_The_Model_When_One_Serves()
        {
            // Given
            await using var host = await StartAsync(null);
            var card = TrainedModel.Credit.Card;

            // When
            var model = (await host.Client.GetFromJsonAsync<JsonObject>("/dashboard/data.json"))!["model"]!;

            // Then
            Assert.Equal(card.RunId, (string)model["version"]!);
            Assert.Equal(card.Threshold, (double)model["threshold"]!);
            Assert.Equal(card.Data.Fingerprint, (string)model["data_fingerprint"]!);
            Assert.Equal(card.Metrics["roc_auc"], (double)model["metrics"]!["roc_auc"]!);
        }

        [Fact]
        public async Task Should_Give_The_Lights_Of_The_Latest_Report_When_It_Drifted()
        {
            // Given
            using var folder = new TempFolder();
            DriftReports.Write(folder.Root, DriftReports.Drifted(TrainedModel.Credit));
            await using var host = await StartAsync(folder.Root);

            // When
            var drift = (await host.Client.GetFromJsonAsync<JsonObject>("/dashboard/data.json"))!["drift"]!;

            // Then
            var latest = drift["latest"]!;
            Assert.Equal("red", (string)latest["level"]!);
            Assert.Equal("retrain", (string)latest["recommendation"]!);
            var shifted = latest["features"]!.AsArray().Single(f => (string)f!["name"]! == DriftReports.ShiftedFeature)!;
            Assert.Equal("red", (string)shifted["light"]!);
            Assert.NotNull((double?)shifted["score"]);
            Assert.Single(drift["history"]!.AsArray());
            Assert.Null((string?)drift["message"]);
        }

        [Fact]
        public async Task Should_List_The_Corrupt_File_When_A_Report_Cannot_Be_Read()
        {
            // Given
            using var folder = new TempFolder();
            var corrupt = folder.Write("drift.json", "[1, 2");
            await using var host = await StartAsync(folder.Root);

            // When
            var drift = (await host.Client.GetFromJsonAsync<JsonObject>("/dashboard/data.json"))!["drift"]!;

            // Then
            var problem = drift["problems"]!.AsArray().Single()!;
            Assert.Equal(corrupt, (string)problem["file"]!);
            Assert.Null(drift["latest"]);
            Assert.Contains("No readable drift report", (string)drift["message"]!, StringComparison.Ordinal);
        }
    }
}
