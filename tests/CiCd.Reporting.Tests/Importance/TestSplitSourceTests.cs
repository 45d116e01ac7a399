using CiCd.Configuration;
using CiCd.Reporting.Importance;
using CiCd.Reporting.Sources;
using CiCd.Reporting.Tests.Fixtures;
using CiCd.Testing.Workspace;
using CiCd.Train;

namespace CiCd.Reporting.Tests.Importance;

public static class TestSplitSourceTests
{
    [Collection(SharedWorkspace.Name)]
    public sealed class TheRebuildMethod(TrainedWorkspace workspace)
    {
        [Fact]
        public void Should_Rebuild_The_Rows_The_Model_Was_Tested_On()
        {
            // Given
            var config = ConfigLoader.Load(workspace.ConfigPath);
            var predictions = TestPredictions.Read(Path.Combine(workspace.TrainFolder, TrainingFiles.Predictions), workspace.Card.Classes);

            // When
            var (test, problem) = TestSplitSource.Rebuild(config, workspace.Card);

            // Then
            Assert.Null(problem);
            Assert.Equal(predictions.Lines, test!.Lines);
        }

        [Fact]
        public void Should_Refuse_Data_That_Changed_Since_Training()
        {
            // Given
            using var folder = new TempFolder();
            ToyCreditData.Write(folder.PathOf("toy.csv"), rows: 400, seed: 12);
            File.WriteAllText(folder.PathOf("mlops.yaml"), ToyCreditData.Config("toy.csv"));
            var config = ConfigLoader.Load(folder.PathOf("mlops.yaml"));

            // When
            var (test, problem) = TestSplitSource.Rebuild(config, workspace.Card);

            // Then
            Assert.Null(test);
            Assert.Contains("changed since the model was trained", problem, StringComparison.Ordinal);
        }
    }
}
