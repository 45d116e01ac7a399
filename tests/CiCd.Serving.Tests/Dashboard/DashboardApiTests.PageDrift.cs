using CiCd.Serving.Tests.Fixtures;
using CiCd.Testing;

namespace CiCd.Serving.Tests.Dashboard;

public sealed partial class DashboardApiTests
{
    public sealed partial class ThePageMethod
    {
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
            DriftReports.Write(folder.Root, DriftReports.Drifted(TrainedModel.Credit));
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
            DriftReports.Write(folder.Root, DriftReports.Drifted(TrainedModel.Credit));
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
            DriftReports.Write(Directory.CreateDirectory(folder.PathOf("old")).FullName, DriftReports.Drifted(TrainedModel.Credit), now.AddDays(-1));
            DriftReports.Write(Directory.CreateDirectory(folder.PathOf("new")).FullName, DriftReports.Green(TrainedModel.Credit), now);
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
            DriftReports.Write(folder.Root, DriftReports.Green(TrainedModel.Credit));
            await using var host = await StartAsync(folder.Root);
            Assert.Contains("data-level=\"green\"", await PageAsync(host), StringComparison.Ordinal);

            // When
            DriftReports.Write(folder.Root, DriftReports.Drifted(TrainedModel.Credit), DateTimeOffset.UtcNow.AddSeconds(1));

            // Then
            await Eventually.TrueAsync(async () => (await PageAsync(host)).Contains("id=\"drift-verdict\" data-level=\"red\"", StringComparison.Ordinal),
                "the dashboard to show the rewritten report");
        }
    }
}
