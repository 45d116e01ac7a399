using CiCd.Serving.Scoring;
using CiCd.Serving.Tests.Fixtures;

namespace CiCd.Serving.Tests.Scoring;

/// <summary>
/// Compiled trees give a regression model's values as evaluation computes them (ML.NET's Transform, then the inverse target
/// transform), bit for bit, for every regression tree family: FastForest (the mean), FastTree and LightGBM (the sum).
/// </summary>
public sealed class RegressionForestScorerTests
{
    public static TheoryData<string> TreeModels => ["fast_forest", "fast_tree", "light_gbm"];

    private static TrainedModel Named(string name) => name switch
    {
        "fast_forest" => TrainedModel.RegressionForest,
        "fast_tree" => TrainedModel.RegressionBoosted,
        _ => TrainedModel.LogTarget,
    };

    public sealed class TheScoreMethod
    {
        [Theory]
        [MemberData(nameof(TreeModels), MemberType = typeof(RegressionForestScorerTests))]
        public void Should_Take_The_Compiled_Path_And_Give_Evaluations_Values_Bit_For_Bit_On_The_Whole_Data_File(string name)
        {
            // Given
            var model = new InProcessModel(Named(name));
            var records = new Records(model.Model);
            var rows = model.Rows(records.Csv(Enumerable.Range(0, records.Count)));

            // When
            var served = model.Values(rows);

            // Then
            Assert.Equal(name, model.Model.Card.Trainer);
            Assert.Equal(ScorerFactory.CompiledTrees, model.Served.Scoring);
            Assert.Equal(model.ReferenceValues(rows), served);
        }

        [Theory]
        [MemberData(nameof(TreeModels), MemberType = typeof(RegressionForestScorerTests))]
        public void Should_Give_Evaluations_Values_When_Values_Are_Missing_Or_Unseen(string name)
        {
            // Given
            var model = new InProcessModel(Named(name));
            var rows = GappedRows.Of(model, 200);

            // When
            var served = model.Values(rows);

            // Then
            Assert.Equal(model.ReferenceValues(rows), served);
        }

        [Theory]
        [MemberData(nameof(TreeModels), MemberType = typeof(RegressionForestScorerTests))]
        public void Should_Give_The_Same_Value_For_One_Row_As_In_A_Batch(string name)
        {
            // Given
            var model = new InProcessModel(Named(name));
            var records = new Records(model.Model);
            var rows = model.Rows(records.Csv(Enumerable.Range(0, 37)));

            // When
            var singles = rows.Select(r => model.Served.Predict(r).Score).ToArray();

            // Then
            Assert.Equal(model.Values(rows), singles);
        }

        [Fact]
        public void Should_Keep_The_Row_Mapper_And_Evaluations_Values_When_The_Regression_Model_Is_Linear()
        {
            // Given
            var model = new InProcessModel(TrainedModel.RegressionLinear);
            var records = new Records(model.Model);
            var rows = model.Rows(records.Csv(Enumerable.Range(0, records.Count)));

            // When
            var served = model.Values(rows);

            // Then
            Assert.Equal(ScorerFactory.RowMapper, model.Served.Scoring);
            Assert.Equal(model.ReferenceValues(rows), served);
        }
    }
}
