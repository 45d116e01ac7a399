using CiCd.Data;
using CiCd.Testing;
using CiCd.Train;

namespace CiCd.Core.Tests.Train;

public sealed class TrainingRunTests
{
    private static Dataset Data() => DatasetLoader.Load(CsvReader.Parse("data.csv", CsvBuilder.Tiny(20).Build()), new ConfigBuilder().Parse().Dataset);

    public sealed class TheTrainProperty
    {
        [Fact]
        public void Should_Be_The_Split_The_Engine_Handed_Over_Not_Another_Copy()
        {
            // Given
            var data = Data();
            int[] rows = [1, 4, 7];
            var split = data.Select(rows);

            // When
            var run = new TrainingRun(data, rows, new ModelCardBuilder().Build()) { Train = split };

            // Then
            Assert.Same(split, run.Train);
        }

        [Fact]
        public void Should_Select_The_Training_Rows_When_No_Split_Was_Handed_Over()
        {
            // Given
            var data = Data();
            int[] rows = [9, 2, 5];

            // When
            var run = new TrainingRun(data, rows, new ModelCardBuilder().Build());

            // Then
            Assert.Equal(rows.Select(r => data.Lines[r]), run.Train.Lines);
            Assert.Equal(rows.Select(r => data.Columns[0].Numbers![r]), run.Train.Columns[0].Numbers!);
        }
    }
}
