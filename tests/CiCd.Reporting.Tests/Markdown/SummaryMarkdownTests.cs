using System.Globalization;
using System.Text;
using CiCd.Reporting.Content;
using CiCd.Reporting.Markdown;
using CiCd.Reporting.Tests.Fixtures;
using CiCd.Testing.Workspace;
using CiCd.Train;

namespace CiCd.Reporting.Tests.Markdown;

public static class SummaryMarkdownTests
{
    [Collection(SharedWorkspace.Name)]
    public sealed class TheRenderMethod(TrainedWorkspace workspace)
    {
        [Fact]
        public void Should_Contain_The_Gate_Table()
        {
            // Given
            var data = workspace.Report;

            // When
            var markdown = SummaryMarkdown.Render(data);

            // Then
            Assert.Contains("### Gate", markdown, StringComparison.Ordinal);
            Assert.Contains("| result | metric | rule | candidate | champion | delta | reason |", markdown, StringComparison.Ordinal);
            Assert.Contains("| roc_auc | `min 0.6` |", markdown, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Start_With_The_Marker_That_Finds_The_Comment_To_Update()
        {
            // Given
            var data = workspace.Report;

            // When
            var markdown = SummaryMarkdown.Render(data);

            // Then
            Assert.StartsWith("<!-- mlops-report -->\n## Model report: toy-credit · ", markdown, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Show_Each_Metric_Against_The_Champion()
        {
            // Given
            var data = workspace.Report;
            var auc = workspace.Card.Metrics["roc_auc"];
            var gap = TrainedWorkspace.ChampionGap.ToString("0.0000", CultureInfo.InvariantCulture);

            // When
            var markdown = SummaryMarkdown.Render(data);

            // Then
            Assert.Contains("### Test metrics vs champion (v1, run `champion-run`)", markdown, StringComparison.Ordinal);
            Assert.Contains($"| **roc_auc** | {F(auc)} |", markdown, StringComparison.Ordinal);
            Assert.Contains($"| {F(auc - TrainedWorkspace.ChampionGap)} | +{gap} | 🟢 better |", markdown, StringComparison.Ordinal);
            Assert.Contains($"| -{gap} | 🟢 better |", markdown, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Show_Rows_Missing_Cells_And_Alerts_Against_The_Production_Profile()
        {
            // Given: production's profile had 100 rows fewer and no alerts
            var current = Profile.ShippedProfile.Credit;
            var production = current with { Overview = current.Overview with { Rows = current.Overview.Rows - 100 }, Alerts = [] };
            var data = workspace.Report with { Data = ReportPart.Of(new DataComparison(current, production)) };

            // When
            var markdown = SummaryMarkdown.Render(data);

            // Then
            Assert.Contains("### Data · ", markdown, StringComparison.Ordinal);
            Assert.Contains("| rows | 1,000 | 900 | +100 |", markdown, StringComparison.Ordinal);
            Assert.Contains($"| missing cells | {current.Overview.MissingCells:N0} |", markdown, StringComparison.Ordinal);
            Assert.Contains($"| alerts | {current.Alerts.Count} | 0 | +{current.Alerts.Count} |", markdown, StringComparison.Ordinal);
            Assert.True(markdown.IndexOf("### Data", StringComparison.Ordinal) < markdown.IndexOf("### Artefacts", StringComparison.Ordinal));
        }

        [Fact]
        public void Should_Say_Why_There_Is_No_Data_Section()
        {
            // Given
            var data = workspace.Report with { Data = ReportPart.Missing<DataComparison>("no data-profile.json in out/train") };

            // When
            var markdown = SummaryMarkdown.Render(data);

            // Then
            Assert.Contains("### Data\n\n> no data-profile.json in out/train\n", markdown, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Say_So_When_There_Is_No_Champion()
        {
            // Given
            var data = workspace.Report with { Champion = ReportPart.Missing<ChampionComparison>("no version of 'toy-credit' holds the production alias") };

            // When
            var markdown = SummaryMarkdown.Render(data);

            // Then
            Assert.Contains("> no version of 'toy-credit' holds the production alias", markdown, StringComparison.Ordinal);
            Assert.Contains("### Test metrics\n", markdown, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Link_The_Artefacts_Relative_To_The_Report()
        {
            // Given
            var data = workspace.Report;

            // When
            var markdown = SummaryMarkdown.Render(data);

            // Then
            Assert.Contains("- [model card (Markdown)](../train/model-card.md)", markdown, StringComparison.Ordinal);
            Assert.Contains("- [gate verdict (JSON)](../gate/gate.json)", markdown, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Stay_Small_However_Many_Candidates_And_Runs_There_Are()
        {
            // Given
            var latest = workspace.Report.Latest.Content!;
            var runs = workspace.Report.Runs.Content!;
            var data = workspace.Report with
            {
                Latest = ReportPart.Of(latest with
                {
                    Candidates = Enumerable.Range(0, 2000).Select(i => latest.Candidates[0] with { Id = $"candidate-{i}" }).ToList<CardCandidate>(),
                }),
                Runs = ReportPart.Of(runs with { Rows = Enumerable.Range(0, 5000).Select(i => runs.Rows[0] with { RunId = $"run-{i}" }).ToList() }),
            };

            // When
            var markdown = SummaryMarkdown.Render(data);

            // Then
            Assert.True(Encoding.UTF8.GetByteCount(markdown) < 32 * 1024, $"the summary has {Encoding.UTF8.GetByteCount(markdown)} bytes");
            Assert.Contains("(best 10 shown)", markdown, StringComparison.Ordinal);
        }

        private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
    }
}
