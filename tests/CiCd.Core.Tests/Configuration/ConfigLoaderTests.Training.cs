using CiCd.Configuration;
using CiCd.Testing;

namespace CiCd.Core.Tests.Configuration;

public sealed partial class ConfigLoaderTests
{
    public sealed partial class TheParseMethod
    {
        public sealed class TheTrainingSection
        {
            [Fact]
            public void Should_Read_The_Training_Section()
            {
                // Given
                var builder = new ConfigBuilder().Training("cost_matrix", "[{ actual: bad, predicted: good, cost: 5 }]");

                // When
                var training = builder.Parse().Training;

                // Then
                Assert.Equal(1, training.Seed);
                Assert.Equal(2, training.Folds);
                Assert.Equal(0.25, training.TestFraction);
                Assert.Equal(new CostEntry("bad", "good", 5), Assert.Single(training.CostMatrix));
                Assert.Equal([1.0], Assert.Single(training.Candidates).Space["l2_regularization"]);
            }

            [Fact]
            public void Should_Read_The_Shard_Count_And_Default_To_One_Job()
            {
                // Given
                var builder = new ConfigBuilder().Training("shards", "4");

                // When
                var training = builder.Parse().Training;

                // Then
                Assert.Equal(4, training.Shards);
                Assert.Equal(1, new ConfigBuilder().Parse().Training.Shards);
            }

            [Fact]
            public void Should_Reject_An_Unknown_Primary_Metric_At_Its_Line()
            {
                // Given
                var builder = new ConfigBuilder().Training("primary_metric", "auc");
                var yaml = builder.Build();

                // When
                var error = ParseError(builder);

                // Then
                AssertAt(error, yaml, "auc");
            }

            [Fact]
            public void Should_Reject_An_Unknown_Primary_Metric_Naming_The_Known_Ones()
            {
                // Given
                var builder = new ConfigBuilder().Training("primary_metric", "auc");

                // When
                var error = ParseError(builder);

                // Then
                Assert.NotNull(error.Line);
                Assert.Contains("'training.primary_metric' 'auc' is not a binary metric", error.Problem, StringComparison.Ordinal);
                Assert.Contains("roc_auc", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Reject_A_Multiclass_Metric_For_A_Binary_Task()
            {
                // Given
                var builder = new ConfigBuilder().Training("primary_metric", "macro_f1");

                // When
                var error = ParseError(builder);

                // Then
                Assert.Contains("'macro_f1' is not a binary metric", error.Problem, StringComparison.Ordinal);
            }

            [Theory]
            [InlineData("test_fraction", "0.95", "'training.test_fraction' must lie in (0, 0.9)")]
            [InlineData("test_fraction", "0", "'training.test_fraction' must lie in (0, 0.9)")]
            [InlineData("folds", "1", "'training.folds' must lie in [2, 20]")]
            [InlineData("folds", "21", "'training.folds' must lie in [2, 20]")]
            [InlineData("shards", "0", "'training.shards' must lie in [1, 256]")]
            [InlineData("shards", "257", "'training.shards' must lie in [1, 256]")]
            public void Should_Reject_Training_Settings_Out_Of_Range(string key, string value, string expected)
            {
                // Given
                var builder = new ConfigBuilder().Training(key, value);

                // When
                var error = ParseError(builder);

                // Then
                Assert.Contains(expected, error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Reject_Out_Of_Range_Folds_At_Their_Line()
            {
                // Given
                var builder = new ConfigBuilder().Training("folds", "1");
                var yaml = builder.Build();

                // When
                var error = ParseError(builder);

                // Then
                AssertAt(error, yaml, "folds: 1", ConfigBuilder.ColumnOf(yaml, "folds: 1") + "folds: ".Length);
            }

            [Fact]
            public void Should_Reject_A_Cost_For_An_Undeclared_Class_At_Its_Entry()
            {
                // Given
                var builder = new ConfigBuilder().Training("cost_matrix", "[{ actual: ugly, predicted: good, cost: 5 }]");
                var yaml = builder.Build();

                // When
                var error = ParseError(builder);

                // Then
                AssertAt(error, yaml, "{ actual: ugly");
                Assert.Contains("class 'ugly'", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Reject_A_Negative_Cost()
            {
                // Given
                var builder = new ConfigBuilder().Training("cost_matrix", "[{ actual: bad, predicted: good, cost: -1 }]");

                // When
                var error = ParseError(builder);

                // Then
                Assert.Contains("must not be negative", error.Problem, StringComparison.Ordinal);
            }
        }
    }
}
