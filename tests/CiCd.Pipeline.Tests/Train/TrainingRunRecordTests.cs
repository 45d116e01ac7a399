using CiCd.Configuration;
using CiCd.Pipeline.Train;
using CiCd.Testing;

namespace CiCd.Pipeline.Tests.Train;

public sealed class TrainingRunRecordTests
{
    public sealed class TheOutputsMethod
    {
        [Fact]
        public void Should_Record_The_Decision_Threshold_Of_A_Binary_Model()
        {
            // Given
            using var folder = new TempFolder();
            var card = new ModelCardBuilder().With(card => card with { Threshold = 0.35 }).Build();

            // When
            var outputs = TrainingRunRecord.Outputs(card, folder.Root, cached: false);

            // Then
            Assert.Equal("0.35", outputs.Params["threshold"]);
        }

        [Theory]
        [InlineData(TaskKind.Regression)]
        [InlineData(TaskKind.Multiclass)]
        public void Should_Record_No_Threshold_For_A_Model_That_Decides_Without_One(TaskKind task)
        {
            // Given: the card's threshold is 0 for these tasks
            using var folder = new TempFolder();
            var card = new ModelCardBuilder().With(card => card with { Task = task, Threshold = 0 }).Build();

            // When
            var outputs = TrainingRunRecord.Outputs(card, folder.Root, cached: false);

            // Then
            Assert.False(outputs.Params.ContainsKey("threshold"));
            Assert.Equal(card.Trainer, outputs.Params["trainer"]);
        }
    }
}
