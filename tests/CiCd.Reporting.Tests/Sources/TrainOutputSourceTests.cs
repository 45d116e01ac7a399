using CiCd.Reporting.Sources;
using CiCd.Reporting.Tests.Fixtures;
using CiCd.Testing.Workspace;
using CiCd.Train;

namespace CiCd.Reporting.Tests.Sources;

public static class TrainOutputSourceTests
{
    [Collection(SharedWorkspace.Name)]
    public sealed class TheDescribeMethod(TrainedWorkspace workspace)
    {
        [Fact]
        public void Should_Draw_Curves_That_Agree_With_The_Card()
        {
            // Given
            var card = workspace.Card;

            // When
            var latest = TrainOutputSource.Describe(workspace.TrainFolder, card);

            // Then
            Assert.Equal(card.Metrics["roc_auc"], Assert.Single(latest.Roc).Area, precision: 9);
            Assert.Equal(card.Metrics["pr_auc"], Assert.Single(latest.PrecisionRecall).Area, precision: 9);
            Assert.Equal("bad", latest.Roc[0].Label);
        }

        [Fact]
        public void Should_Fall_Back_To_The_Roc_Points_Without_Test_Predictions()
        {
            // Given
            using var train = new TempFolder();
            Directory.CreateDirectory(train.PathOf("evaluation"));
            File.Copy(Path.Combine(workspace.TrainFolder, TrainingFiles.Roc), train.PathOf(TrainingFiles.Roc));

            // When
            var latest = TrainOutputSource.Describe(train.Root, workspace.Card);

            // Then
            var roc = Assert.Single(latest.Roc);
            Assert.Equal((0.0, 0.0), (roc.X[0], roc.Y[0]));
            Assert.Equal((1.0, 1.0), (roc.X[^1], roc.Y[^1]));
            Assert.Empty(latest.PrecisionRecall);
        }
    }

    public sealed class TheReadCardMethod
    {
        [Fact]
        public void Should_Return_Nothing_For_A_Folder_Without_A_Card()
        {
            // Given
            using var empty = new TempFolder();

            // When
            var card = TrainOutputSource.ReadCard(empty.Root);

            // Then
            Assert.Null(card);
        }
    }
}
