using System.Text.Json;
using CiCd.Cli.Tests.Fixtures;
using CiCd.Testing.Workspace;

namespace CiCd.Cli.Tests.Commands;

public static class RunsCommandTests
{
    [Collection(SharedWorkspace.Name)]
    public sealed class TheListCommand(TrainedWorkspace workspace)
    {
        [Fact]
        public void Should_List_Every_Run_Newest_First()
        {
            // Given
            var args = List();

            // When
            var ids = RunIds(Mlops.Run(args));

            // Then
            Assert.Equal(["other-1", workspace.Card.RunId, "old-2", "old-1"], ids);
        }

        [Fact]
        public void Should_Keep_Only_The_Experiment_Asked_For()
        {
            // Given
            string[] args = [.. List(), "--experiment", RecordedRuns.OtherExperiment];

            // When
            var ids = RunIds(Mlops.Run(args));

            // Then
            Assert.Equal(["other-1"], ids);
        }

        [Fact]
        public void Should_Keep_Only_Runs_With_The_Tag()
        {
            // Given
            string[] args = [.. List(), "--tag", "selected=light_gbm(default)"];

            // When
            var ids = RunIds(Mlops.Run(args));

            // Then
            Assert.Equal(["old-2"], ids);
        }

        [Fact]
        public void Should_Keep_Only_Runs_Meeting_Every_Metric_Condition()
        {
            // Given
            string[] args = [.. List(), "--metric", "roc_auc>=0.72", "--metric", "expected_cost>0.5"];

            // When
            var ids = RunIds(Mlops.Run(args));

            // Then
            Assert.Equal(["old-2"], ids);
        }

        [Fact]
        public void Should_Stop_At_The_Limit()
        {
            // Given
            string[] args = [.. List(), "--limit", "2"];

            // When
            var ids = RunIds(Mlops.Run(args));

            // Then
            Assert.Equal(["other-1", workspace.Card.RunId], ids);
        }

        [Fact]
        public void Should_Print_A_Table_With_The_Metrics()
        {
            // Given
            string[] args = ["runs", "list", "--tracking", workspace.TrackingPath, "--experiment", workspace.Card.Name];

            // When
            var result = Mlops.Run(args);

            // Then
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("3 runs", result.Output, StringComparison.Ordinal);
            Assert.Contains("roc_auc", result.Output, StringComparison.Ordinal);
            Assert.Contains("0.7000", result.Output, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("--metric", "roc_auc>>0.8", "metric filter 'roc_auc>>0.8'")]
        [InlineData("--tag", "selected", "tag filter 'selected' must look like name=value")]
        [InlineData("--limit", "0", "--limit must be at least 1")]
        public void Should_Exit_2_On_A_Bad_Filter(string option, string value, string message)
        {
            // Given
            string[] args = [.. List(), option, value];

            // When
            var result = Mlops.Run(args);

            // Then
            Assert.Equal(2, result.ExitCode);
            Assert.Contains(message, result.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_When_There_Is_No_Store_Rather_Than_Create_One()
        {
            // Given
            using var empty = new TempFolder();
            var store = empty.PathOf("tracking.db");

            // When
            var result = Mlops.Run("runs", "list", "--tracking", store);

            // Then
            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"{store}: no tracking store here", result.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(store));
        }

        private string[] List() => ["runs", "list", "--tracking", workspace.TrackingPath, "--json"];

        private static List<string> RunIds(MlopsRun result)
        {
            Assert.Equal(0, result.ExitCode);
            using var json = JsonDocument.Parse(result.Output);
            return [.. json.RootElement.EnumerateArray().Select(r => r.GetProperty("run").GetProperty("run_id").GetString()!)];
        }
    }

    [Collection(SharedWorkspace.Name)]
    public sealed class TheShowCommand(TrainedWorkspace workspace)
    {
        [Fact]
        public void Should_Show_Params_Metrics_With_Folds_Tags_And_Artefacts()
        {
            // Given
            string[] args = ["runs", "show", workspace.Card.RunId, "--tracking", workspace.TrackingPath];

            // When
            var result = Mlops.Run(args);

            // Then
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("primary_metric", result.Output, StringComparison.Ordinal);
            Assert.Contains("cv_roc_auc", result.Output, StringComparison.Ordinal);
            Assert.Contains("1: ", result.Output, StringComparison.Ordinal);
            Assert.Contains("model-card.json", result.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_On_An_Unknown_Run()
        {
            // Given
            string[] args = ["runs", "show", "no-such-run", "--tracking", workspace.TrackingPath];

            // When
            var result = Mlops.Run(args);

            // Then
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("unknown run 'no-such-run'", result.Error, StringComparison.Ordinal);
        }
    }

    [Collection(SharedWorkspace.Name)]
    public sealed class TheCompareCommand(TrainedWorkspace workspace)
    {
        [Fact]
        public void Should_Line_Up_The_Runs_Side_By_Side()
        {
            // Given
            string[] args = ["runs", "compare", "old-1", "old-2", "--tracking", workspace.TrackingPath, "--json"];

            // When
            var result = Mlops.Run(args);

            // Then
            Assert.Equal(0, result.ExitCode);
            using var json = JsonDocument.Parse(result.Output);
            var trainer = json.RootElement.GetProperty("params").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "trainer");
            Assert.Equal(["fast_tree", "light_gbm"], trainer.GetProperty("values").EnumerateArray().Select(v => v.GetString()));
            Assert.True(trainer.GetProperty("differs").GetBoolean());
        }

        [Fact]
        public void Should_Highlight_Only_Differences_When_Asked()
        {
            // Given
            string[] args = ["runs", "compare", "old-1", "old-2", "--tracking", workspace.TrackingPath, "--diff"];

            // When
            var result = Mlops.Run(args);

            // Then
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("trainer", result.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("primary_metric", result.Output, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("old-1", "missing-run", "unknown run 'missing-run'")]
        [InlineData("old-1", null, "runs compare needs at least two run ids, got 1")]
        public void Should_Exit_2_On_Unknown_Or_Too_Few_Runs(string first, string? second, string message)
        {
            // Given
            string[] args = ["runs", "compare", first, .. second is null ? Array.Empty<string>() : [second], "--tracking", workspace.TrackingPath];

            // When
            var result = Mlops.Run(args);

            // Then
            Assert.Equal(2, result.ExitCode);
            Assert.Contains(message, result.Error, StringComparison.Ordinal);
        }
    }
}
