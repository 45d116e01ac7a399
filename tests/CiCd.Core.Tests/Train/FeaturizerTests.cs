using CiCd.Configuration;
using CiCd.Data;
using CiCd.Metrics;
using CiCd.Testing;
using CiCd.Train;
using CiCd.Train.Trainers;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CiCd.Core.Tests.Train;

public sealed class FeaturizerTests
{
    private static readonly ConfigBuilder WithSize = new ConfigBuilder().Column("size", "{ kind: ordinal, order: [small, medium, large] }");

    private static Dataset Data(CsvBuilder csv) => DatasetLoader.Load(CsvReader.Parse("data.csv", csv.Build()), WithSize.Parse().Dataset);

    private static CsvBuilder Training()
    {
        var tiny = CsvBuilder.Tiny(40);
        var csv = new CsvBuilder("x", "colour", "label", "size");
        string[] sizes = ["small", "medium", "large"];
        for (var i = 0; i < tiny.Rows.Count; i++)
        {
            csv.Row([.. tiny.Rows[i], i % 7 == 0 ? null : sizes[i % 3]]);
        }
        return csv;
    }

    private static ITransformer Fit(Dataset train)
    {
        var validator = new CrossValidator(train, new int[train.RowCount], 1, 1, CostModel.From(train.Config.Classes, []));
        return validator.Fit(TrainerCatalog.Find(TaskKind.Binary, "logistic_regression")!, new CandidateSpec("logistic_regression", new Dictionary<string, double>()), train);
    }

    public sealed class TheCreateMethod
    {
        [Fact]
        public void Should_Build_One_Feature_Vector_From_Numeric_Categorical_And_Ordinal_Columns()
        {
            // Given
            var train = Data(Training());
            var ml = new MLContext(seed: 1);

            // When
            var features = Featurizer.Create(ml, train.Config.Features).Fit(TableDataView.Of(train)).GetOutputSchema(TableDataView.Of(train).Schema)[ColumnNames.Features];

            // Then
            Assert.Equal(1 + 3 + 1, Assert.IsType<VectorDataViewType>(features.Type).Size);
        }

        [Fact]
        public void Should_Score_Unseen_Categories_And_Missing_Values_With_Finite_Probabilities()
        {
            // Given
            var model = Fit(Data(Training()));
            var unseen = Data(new CsvBuilder("x", "colour", "label", "size").Row("50", "purple", "good", "huge").Row(null, null, "bad", null));

            // When
            var probabilities = ModelScorer.Probabilities(model, TableDataView.Of(unseen), TaskKind.Binary);

            // Then
            Assert.All(probabilities, p => Assert.True(double.IsFinite(p[1]) && p[1] is >= 0 and <= 1, $"P(bad) = {p[1]}"));
        }
    }
}
