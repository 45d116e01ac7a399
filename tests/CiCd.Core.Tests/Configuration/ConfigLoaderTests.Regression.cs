using CiCd.Configuration;
using CiCd.Metrics;
using CiCd.Testing;

namespace CiCd.Core.Tests.Configuration;

public sealed partial class ConfigLoaderTests
{
    public sealed partial class TheParseMethod
    {
        public sealed class TheRegressionTask
        {
            [Fact]
            public void Should_Read_A_Numeric_Target_Without_Classes()
            {
                // Given
                var builder = new ConfigBuilder().Regression();

                // When
                var config = builder.Parse();

                // Then
                Assert.Equal(TaskKind.Regression, config.Dataset.Task);
                Assert.Empty(config.Dataset.Classes);
                Assert.Null(config.Dataset.PositiveClass);
                Assert.Equal(new NumericRange(-1000, 1000), config.Dataset.TargetColumn!.Range);
                Assert.DoesNotContain(config.Dataset.Features, c => c.Name == "label");
            }

            [Fact]
            public void Should_Forbid_A_Missing_Target_Unless_The_Column_Says_Otherwise()
            {
                // Given
                var builder = new ConfigBuilder().Regression().Validation("max_missing_share", "1");

                // When
                var forbidden = builder.Parse().Dataset.TargetColumn!.MaxMissingShare;
                var allowed = builder.Column("label", "{ kind: numeric, missing: 0.1 }").Parse().Dataset.TargetColumn!.MaxMissingShare;

                // Then
                Assert.Equal((0.0, 0.1), (forbidden, allowed));
            }

            [Fact]
            public void Should_Select_By_Rmse_When_No_Primary_Metric_Is_Given()
            {
                // Given
                var builder = new ConfigBuilder().Regression().Training("primary_metric", null);

                // When
                var config = builder.Parse();

                // Then
                Assert.Equal(MetricNames.Rmse, config.Training.PrimaryMetric);
            }

            [Theory]
            [InlineData("classes", "[low, high]")]
            [InlineData("positive_class", "high")]
            public void Should_Name_A_Class_Key_That_Does_Not_Apply(string key, string value)
            {
                // Given
                var builder = new ConfigBuilder().Regression().Dataset(key, value);
                var yaml = builder.Build();

                // When
                var error = ParseError(builder);

                // Then
                AssertAt(error, yaml, value);
                Assert.Contains($"'dataset.{key}' does not apply to a regression task", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Name_A_Cost_Matrix_That_Does_Not_Apply()
            {
                // Given
                var builder = new ConfigBuilder().Regression().Training("cost_matrix", "[{ actual: a, predicted: b, cost: 5 }]");
                var yaml = builder.Build();

                // When
                var error = ParseError(builder);

                // Then
                AssertAt(error, yaml, "[{ actual");
                Assert.Contains("'training.cost_matrix' does not apply to a regression task", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Name_A_Class_Share_Rule_That_Does_Not_Apply()
            {
                // Given
                var builder = new ConfigBuilder().Regression().Validation("class_share", "{ min: 0.1 }");
                var yaml = builder.Build();

                // When
                var error = ParseError(builder);

                // Then
                AssertAt(error, yaml, "{ min: 0.1 }");
                Assert.Contains("'validation.class_share' does not apply to a regression task", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Reject_A_Categorical_Target()
            {
                // Given
                var builder = new ConfigBuilder().Regression().Column("label", "categorical");
                var yaml = builder.Build();

                // When
                var error = ParseError(builder);

                // Then
                AssertAt(error, yaml, "label: categorical", ConfigBuilder.ColumnOf(yaml, "label: categorical") + "label: ".Length);
                Assert.Contains("must be numeric", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Reject_A_Classification_Metric()
            {
                // Given
                var builder = new ConfigBuilder().Regression().Training("primary_metric", "roc_auc");

                // When
                var error = ParseError(builder);

                // Then
                Assert.Contains("'roc_auc' is not a regression metric (rmse, mae, r2, mape", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Read_A_Log1p_Target_Transform()
            {
                // Given
                var builder = new ConfigBuilder().Regression().Training("target_transform", "log1p");

                // When
                var config = builder.Parse();

                // Then
                Assert.Equal(TargetTransform.Log1p, config.Training.TargetTransform);
            }

            [Fact]
            public void Should_Reject_A_Target_Transform_On_A_Classifier()
            {
                // Given
                var builder = new ConfigBuilder().Training("target_transform", "log1p");
                var yaml = builder.Build();

                // When
                var error = ParseError(builder);

                // Then
                AssertAt(error, yaml, "log1p");
                Assert.Contains("applies only to a regression task, not binary", error.Problem, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Gate_On_Regression_Metrics_With_Errors_Lower_Is_Better()
            {
                // Given
                var builder = new ConfigBuilder().Regression().Gates("thresholds:", "  rmse: { max: 5 }", "  r2: { min: 0.9 }");

                // When
                var gates = builder.Parse().Gates;

                // Then
                Assert.Equal(["rmse", "r2"], gates.Thresholds.Select(t => t.Metric));
                Assert.False(MetricCatalog.HigherIsBetter(MetricNames.Rmse));
                Assert.True(MetricCatalog.HigherIsBetter(MetricNames.R2));
            }
        }
    }
}
