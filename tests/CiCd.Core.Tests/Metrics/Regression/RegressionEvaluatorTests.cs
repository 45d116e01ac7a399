using CiCd.Metrics;
using CiCd.Metrics.Regression;

namespace CiCd.Core.Tests.Metrics.Regression;

public sealed class RegressionEvaluatorTests
{
    // Reference values from scikit-learn 1.2 (mean_squared_error, mean_absolute_error, r2_score,
    // mean_absolute_percentage_error on the rows with a non-zero actual value, numpy.quantile of |error|).
    private static readonly double[] Actual = [3.0, -0.5, 2.0, 7.0, 0.0];
    private static readonly double[] Predicted = [2.5, 0.0, 2.0, 8.0, 0.3];

    public sealed class TheMetricsMethod
    {
        [Fact]
        public void Should_Match_Scikit_Learn()
        {
            // Given
            var (actual, predicted) = (Actual, Predicted);

            // When
            var metrics = RegressionEvaluator.Metrics(actual, predicted);

            // Then
            Assert.Equal(0.5639148871948674, metrics[MetricNames.Rmse], 12);
            Assert.Equal(0.46, metrics[MetricNames.Mae], 12);
            Assert.Equal(0.955586592178771, metrics[MetricNames.R2], 12);
            Assert.Equal(0.5, metrics[MetricNames.AbsErrorP50], 12);
            Assert.Equal(0.8, metrics[MetricNames.AbsErrorP90], 12);
            Assert.Equal(0.9, metrics[MetricNames.AbsErrorP95], 12);
        }

        [Fact]
        public void Should_Leave_Rows_With_A_Zero_Target_Out_Of_Mape()
        {
            // Given
            var (actual, predicted) = (Actual, Predicted);

            // When
            var mape = RegressionEvaluator.Metrics(actual, predicted)[MetricNames.Mape];

            // Then
            Assert.Equal(0.3273809523809524, mape, 12);
        }

        [Fact]
        public void Should_Omit_Mape_When_Every_Target_Is_Zero()
        {
            // Given
            double[] actual = [0, 0, 0];

            // When
            var metrics = RegressionEvaluator.Metrics(actual, [0.1, 0, -0.2]);

            // Then
            Assert.False(metrics.ContainsKey(MetricNames.Mape));
            Assert.All(metrics.Values, value => Assert.True(double.IsFinite(value)));
        }

        [Fact]
        public void Should_Produce_Every_Regression_Metric_The_Catalog_Lists_But_Mape_Only_When_Defined()
        {
            // Given
            var names = MetricCatalog.For(CiCd.Configuration.TaskKind.Regression);

            // When
            var metrics = RegressionEvaluator.Metrics(Actual, Predicted);

            // Then
            Assert.Equal(names.Order(StringComparer.Ordinal), metrics.Keys.Order(StringComparer.Ordinal));
        }
    }
}
