using CiCd.Serving.Scoring;
using CiCd.Serving.Tests.Fixtures;

namespace CiCd.Serving.Tests.Scoring;

/// <summary>Compiled trees give ML.NET's probabilities bit for bit, and only models they reproduce take that path.</summary>
public sealed class ForestScorerTests
{
    public static TheoryData<string> TreeModels => ["forest", "boosted"];

    private static TrainedModel Named(string name) => name == "forest" ? TrainedModel.Forest : TrainedModel.Boosted;

    public sealed class TheScoreMethod
    {
        [Theory]
        [MemberData(nameof(TreeModels), MemberType = typeof(ForestScorerTests))]
        public void Should_Give_MlNet_Probabilities_Bit_For_Bit_When_Scoring_The_Whole_Data_File(string name)
        {
            // Given
            var model = new InProcessModel(Named(name));
            var records = new Records(model.Model);
            var rows = model.Rows(records.Csv(Enumerable.Range(0, records.Count)));

            // When
            var served = model.Batch(rows);

            // Then
            Assert.Equal(ScorerFactory.CompiledTrees, model.Served.Scoring);
            Assert.Equal(model.Reference(rows), served);
        }

        [Theory]
        [MemberData(nameof(TreeModels), MemberType = typeof(ForestScorerTests))]
        public void Should_Give_MlNet_Probabilities_When_Values_Are_Missing_Or_Unseen(string name)
        {
            // Given
            var model = new InProcessModel(Named(name));
            var rows = GappedRows.Of(model, 300);

            // When
            var served = model.Batch(rows);

            // Then
            Assert.Equal(model.Reference(rows), served);
        }

        [Theory]
        [MemberData(nameof(TreeModels), MemberType = typeof(ForestScorerTests))]
        public void Should_Give_The_Same_Answer_For_One_Row_As_In_A_Batch(string name)
        {
            // Given
            var model = new InProcessModel(Named(name));
            var records = new Records(model.Model);
            var rows = model.Rows(records.Csv(Enumerable.Range(0, 37)));

            // When
            var singles = rows.Select(r => model.Served.Predict(r).Probabilities).ToArray();

            // Then
            Assert.Equal(model.Batch(rows), singles);
        }

        [Fact]
        public void Should_Keep_The_Row_Mapper_When_The_Model_Is_Not_A_Tree_Ensemble()
        {
            // When
            var model = new InProcessModel(TrainedModel.Credit);

            // Then
            Assert.Equal(ScorerFactory.RowMapper, model.Served.Scoring);
        }
    }
}
