using System.Globalization;
using System.Text;
using CiCd.Data;
using CiCd.Errors;
using CiCd.Monitoring.Alerts;
using CiCd.Monitoring.Analysis;
using CiCd.Monitoring.Analysis.Html;
using CiCd.Monitoring.Current;
using CiCd.Monitoring.Data;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Profiles;

namespace CiCd.Monitoring.Tests.Analysis;

public sealed class DriftAnalysisTests
{
    private static readonly SchemaColumn[] Schema = [new("income", ColumnKind.Numeric), new("colour", ColumnKind.Categorical)];

    // A CSV of incomes around `mean` and colours drawn with the given share of red.
    private static CsvTable Table(int seed, int rows, double mean, double red)
    {
        var incomes = TestData.Normal(seed, rows, mean, 15);
        var colours = TestData.Categories(seed + 1, rows, ("red", red), ("blue", 1 - red));
        var text = new StringBuilder("income,colour\n");
        for (var i = 0; i < rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{incomes[i]:R},{colours[i]}\n");
        }
        return CsvReader.Parse($"data-{seed}.csv", text.ToString());
    }

    private static DriftReport Analyse(CsvTable current, TimeSpan? window = null) => new DriftAnalysis(new DriftInputs
    {
        Reference = new ProfileBuilder(new ProfileOptions()).Build(TableColumns.Read(Table(1, 800, 100, 0.5), Schema)),
        ReferenceSource = "reference-profile.json",
        Current = new CsvCurrentData(current, null),
        Policy = new DriftPolicy(),
        Window = window,
    }).Run();

    public sealed class TheRunMethod
    {
        [Fact]
        public void Should_Be_Green_When_The_Current_Data_Comes_From_The_Same_Distribution()
        {
            // When
            var report = Analyse(Table(21, 400, 100, 0.5));

            // Then
            Assert.Equal(AlertLevel.Green, report.Alert.Level);
            Assert.Equal(0, report.ExitCode);
            Assert.Contains(report.Notes, n => n.StartsWith("Prediction drift skipped", StringComparison.Ordinal));
        }

        [Fact]
        public void Should_Be_Red_When_Both_Columns_Moved()
        {
            // When
            var report = Analyse(Table(21, 400, 120, 0.8));

            // Then
            Assert.Equal(AlertLevel.Red, report.Alert.Level);
            Assert.Equal(1, report.ExitCode);
        }

        [Fact]
        public void Should_Refuse_Windows_Over_Rows_Without_Time()
        {
            // When
            var error = Assert.Throws<InputException>(() => Analyse(Table(21, 400, 100, 0.5), TimeSpan.FromDays(1)));

            // Then
            Assert.Contains("--window needs time-stamped rows", error.Message, StringComparison.Ordinal);
        }
    }

    public sealed class TheRenderings
    {
        [Fact]
        public void Should_Draw_A_Self_Contained_Page_With_A_Chart_Per_Column()
        {
            // Given
            var report = Analyse(Table(21, 400, 120, 0.8));

            // When
            var html = DriftHtml.Render(report, new DriftPolicy());

            // Then
            Assert.Equal(2, html.Split("<figure class=\"red\"").Length - 1);
            Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
            Assert.Contains("<style>", html, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Write_The_Same_Verdict_In_Markdown()
        {
            // Given
            var report = Analyse(Table(21, 400, 120, 0.8));

            // When
            var markdown = DriftMarkdown.Render(report);

            // Then
            Assert.StartsWith("# Drift: 🔴 red", markdown, StringComparison.Ordinal);
            Assert.Contains(report.Alert.Message, markdown, StringComparison.Ordinal);
            Assert.Contains("| 🔴 | income | ks |", markdown, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Say_What_The_Monitor_Does_On_Red_As_A_Sentence()
        {
            // Given: monitor.on_drift: issue, read by `mlops drift` as "issue"
            var report = Analyse(Table(21, 400, 120, 0.8)) with { OnRed = "issue" };

            // When
            var markdown = DriftMarkdown.Render(report);
            var html = DriftHtml.Render(report, new DriftPolicy());

            // Then: not "the monitor will issue"
            Assert.Contains("On red the monitor will **open (or update) the drift issue**.", markdown, StringComparison.Ordinal);
            Assert.Contains("On red the monitor will <strong>open (or update) the drift issue</strong>.", html, StringComparison.Ordinal);
        }
    }
}
