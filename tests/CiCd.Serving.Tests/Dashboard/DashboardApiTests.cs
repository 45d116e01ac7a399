using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CiCd.Monitoring.Reports;
using CiCd.Serving.Tests.Fixtures;
using CiCd.Tests.Support;

namespace CiCd.Serving.Tests.Dashboard;

public sealed class DashboardApiTests
{
    private static readonly Lazy<DriftReport> Drifted = new(() => DriftReports.Drifted(TrainedModel.Credit));
    private static readonly Lazy<DriftReport> Green = new(() => DriftReports.Green(TrainedModel.Credit));

    private static Task<ServiceHost> StartAsync(string? driftReports, string? apiKey = null) =>
        ServiceHost.StartAsync(TrainedModel.Credit, new Dictionary<string, string?>
        {
            ["Serving:DriftReports"] = driftReports,
            ["Serving:ApiKey"] = apiKey,
        });

    private static async Task<string> PageAsync(ServiceHost host)
    {
        using var response = await host.Client.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    public sealed class ThePageMethod
    {
        [Fact]
        public async Task Should_Show_The_Served_Model_Version_And_Card()
        {
            // Given
            await using var host = await StartAsync(null);
            var card = TrainedModel.Credit.Card;

            // When
            var page = await PageAsync(host);

            // Then
            Assert.Contains($"<small id=\"model-version\">{card.RunId}</small>", page, StringComparison.Ordinal);
            Assert.Contains(card.ModelSha256, page, StringComparison.Ordinal);
            Assert.Contains(card.Data.Fingerprint, page, StringComparison.Ordinal);
            Assert.Contains(card.Trainer, page, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_Explain_How_To_Configure_Reports_When_No_Folder_Is_Set()
        {
            // Given
            await using var host = await StartAsync(null);

            // When
            var page = await PageAsync(host);

            // Then
            Assert.Contains("No drift reports folder is configured", page, StringComparison.Ordinal);
            Assert.Contains("--drift-reports", page, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_Name_The_Folder_And_The_Command_When_No_Report_Exists_Yet()
        {
            // Given
            using var folder = new TempFolder();
            await using var host = await StartAsync(folder.Root);

            // When
            var page = await PageAsync(host);

            // Then
            Assert.Contains($"No drift report yet: {folder.Root} holds no drift.json", page, StringComparison.Ordinal);
            Assert.Contains("mlops drift --out", page, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_Say_The_Folder_Is_Missing_When_It_Does_Not_Exist()
        {
            // Given
            using var folder = new TempFolder();
            var missing = folder.PathOf("not-there");
            await using var host = await StartAsync(missing);

            // When
            var page = await PageAsync(host);

            // Then
            Assert.Contains($"The drift reports folder {missing} does not exist yet", page, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("{ \"generated_utc\": \"2026-11-20T00:00:00Z\", \"features\": [ }")]
        [InlineData("{}")]
        [InlineData("null")]
        [InlineData("")]
        [InlineData("{ \"generated_utc\": 42 }")]
        public async Task Should_Name_The_File_And_Still_Render_When_A_Report_Is_Corrupt(string content)
        {
            // Given
            using var folder = new TempFolder();
            var corrupt = folder.Write("2026-11-20/drift.json", content);
            await using var host = await StartAsync(folder.Root);

            // When
            var page = await PageAsync(host);

            // Then
            Assert.Contains("Unreadable drift report", page, StringComparison.Ordinal);
            Assert.Contains(corrupt, page, StringComparison.Ordinal);
            Assert.Contains("No readable drift report", page, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_Show_A_Readable_Report_Next_To_A_Corrupt_One()
        {
            // Given
            using var folder = new TempFolder();
            folder.Write("bad/drift.json", "not json");
            DriftReports.Write(folder.Root, Drifted.Value);
            await using var host = await StartAsync(folder.Root);

            // When
            var page = await PageAsync(host);

            // Then
            Assert.Contains(folder.PathOf("bad/drift.json"), page, StringComparison.Ordinal);
            Assert.Contains("id=\"drift-verdict\" data-level=\"red\"", page, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_List_The_Shifted_Feature_As_Red_When_The_Latest_Report_Drifted()
        {
            // Given
            using var folder = new TempFolder();
            DriftReports.Write(folder.Root, Drifted.Value);
            await using var host = await StartAsync(folder.Root);

            // When
            var page = await PageAsync(host);

            // Then
            Assert.Contains("<section class=\"verdict red\" id=\"drift-verdict\"", page, StringComparison.Ordinal);
            Assert.Contains($"<tr data-level=\"red\"><td data-sort=\"0\" class=\"light red\"><span class=\"dot\"></span>red</td><td><strong>{DriftReports.ShiftedFeature}</strong>",
                page, StringComparison.Ordinal);
            Assert.Contains($"data-column=\"{DriftReports.ShiftedFeature}\"", page, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_Show_The_Newest_Report_When_The_Folder_Holds_A_History()
        {
            // Given
            using var folder = new TempFolder();
            var now = DateTimeOffset.UtcNow;
            DriftReports.Write(Directory.CreateDirectory(folder.PathOf("old")).FullName, Drifted.Value, now.AddDays(-1));
            DriftReports.Write(Directory.CreateDirectory(folder.PathOf("new")).FullName, Green.Value, now);
            await using var host = await StartAsync(folder.Root);

            // When
            var page = await PageAsync(host);

            // Then
            Assert.Contains("id=\"drift-verdict\" data-level=\"green\"", page, StringComparison.Ordinal);
            Assert.Contains("reports in history</div><div class=\"value\">2</div>", page, StringComparison.Ordinal);
            Assert.Contains("id=\"history-share\"", page, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_Pick_Up_A_New_Report_When_A_File_Changes()
        {
            // Given
            using var folder = new TempFolder();
            DriftReports.Write(folder.Root, Green.Value);
            await using var host = await StartAsync(folder.Root);
            Assert.Contains("data-level=\"green\"", await PageAsync(host), StringComparison.Ordinal);

            // When
            DriftReports.Write(folder.Root, Drifted.Value, DateTimeOffset.UtcNow.AddSeconds(1));

            // Then
            await Eventually.TrueAsync(async () => (await PageAsync(host)).Contains("id=\"drift-verdict\" data-level=\"red\"", StringComparison.Ordinal),
                "the dashboard to show the rewritten report");
        }

        [Fact]
        public async Task Should_Never_Show_Input_Values_When_Predictions_Were_Made()
        {
            // Given: a category no aggregate could produce, accepted as unseen so it reaches the scorer and the counters
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, new Dictionary<string, string?> { ["Serving:UnseenCategories"] = "Accept" });
            var record = new Records(TrainedModel.Credit).Record(0);
            const string Marker = "zz-personal-value-zz";
            record["purpose"] = Marker;
            (await host.Client.PostAsync("/v1/predict", Records.Json(record))).EnsureSuccessStatusCode();

            // When
            var page = await PageAsync(host);
            var data = await host.Client.GetStringAsync("/dashboard/data.json");

            // Then
            Assert.DoesNotContain(Marker, page, StringComparison.Ordinal);
            Assert.DoesNotContain(Marker, data, StringComparison.Ordinal);
            Assert.Contains("<code>/v1/predict</code>", page, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_Forbid_Outside_Resources_With_A_Content_Security_Policy()
        {
            // Given
            await using var host = await StartAsync(null);

            // When
            using var response = await host.Client.GetAsync("/dashboard");

            // Then
            Assert.StartsWith("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.DoesNotMatch(@"(src|href)\s*=\s*""(https?:)?//", await response.Content.ReadAsStringAsync());
        }
    }

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
            DriftReports.Write(folder.Root, Drifted.Value);
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
