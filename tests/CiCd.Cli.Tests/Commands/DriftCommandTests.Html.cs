using System.Text.RegularExpressions;
using CiCd.Cli.Tests.Fixtures;

namespace CiCd.Cli.Tests.Commands;

public sealed partial class DriftCommandTests
{
    [Collection(SharedTrainedModel.Name)]
    public sealed class TheHtmlReport(TrainedModel model) : WithTheTrainedModel(model)
    {
        [Fact]
        public void Should_Fetch_Nothing_From_Outside_The_File()
        {
            // Given
            var log = Log(new PredictionLogBuilder(Model).Days(3, 200).ShiftInputsFrom(2, (row, _) => row["age"] = (double)row["age"]! + 30));

            // When
            Drift("--log", log, "--window", "1d");

            // Then
            var html = Html();
            Assert.DoesNotMatch(new Regex(@"<(script|img|link|iframe)[^>]+(src|href)\s*=", RegexOptions.IgnoreCase), html);
            Assert.DoesNotMatch(new Regex(@"url\(\s*['""]?https?:", RegexOptions.IgnoreCase), html);
            Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Hold_The_Verdict_The_Traffic_Lights_The_Charts_And_Drift_Over_Time()
        {
            // Given
            var builder = new PredictionLogBuilder(Model).Days(3, 200).ShiftInputsFrom(2, (row, _) => row["age"] = (double)row["age"]! + 30);
            var log = Log(builder);
            var labels = builder.WriteLabels(Path.Combine(Folder, "labels.csv"));

            // When
            Drift("--log", log, "--window", "1d", "--labels", labels);

            // Then
            var html = Html();
            foreach (var section in new[] { "verdict", "features", "over-time", "predictions", "performance", "histograms" })
            {
                Assert.Contains($"id=\"{section}\"", html, StringComparison.Ordinal);
            }
            Assert.Contains("<table class=\"sortable lights\">", html, StringComparison.Ordinal);
            Assert.Contains("data-column=\"age\"", html, StringComparison.Ordinal);
            Assert.True(Regex.Count(html, "<svg") >= 20 + 2 + 2, "a histogram per feature and prediction column, and the two over-time charts");
            Assert.Contains("Drifted share of features per window", html, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Show_A_Red_Light_For_A_Drifted_Feature()
        {
            // Given
            var current = CurrentCsv.Shifted(Folder);

            // When
            Drift("--current", current);

            // Then
            var html = Html();
            Assert.Contains("<section class=\"verdict red\"", html, StringComparison.Ordinal);
            Assert.Matches(new Regex(@"<tr data-level=""red""><td[^>]*>.*?</td><td><strong>duration</strong>"), html);
        }
    }
}
