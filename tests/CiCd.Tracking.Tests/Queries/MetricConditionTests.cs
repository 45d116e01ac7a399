using System.Globalization;
using CiCd.Errors;
using CiCd.Tracking.Queries;
using FsCheck;
using FsCheck.Xunit;

namespace CiCd.Tracking.Tests.Queries;

public static class MetricConditionTests
{
    public sealed class TheParseMethod
    {
        [Theory]
        [InlineData("auc>=0.8", "auc", ComparisonOperator.GreaterOrEqual, 0.8)]
        [InlineData("log_loss < 0.35", "log_loss", ComparisonOperator.Less, 0.35)]
        [InlineData("f1!=1", "f1", ComparisonOperator.NotEqual, 1)]
        [InlineData("cost=1e2", "cost", ComparisonOperator.Equal, 100)]
        public void Should_Read_Name_Operator_And_Threshold(string text, string metric, ComparisonOperator op, double threshold)
        {
            // Given
            var expected = new MetricCondition(metric, op, threshold);

            // When
            var condition = MetricCondition.Parse(text);

            // Then
            Assert.Equal(expected, condition);
        }

        [Property]
        public bool Should_Round_Trip_Any_Finite_Threshold(NormalFloat threshold, bool strict)
        {
            // Given
            var symbol = strict ? ">" : "<=";

            // When
            var condition = MetricCondition.Parse($"auc{symbol}{threshold.Get.ToString("R", CultureInfo.InvariantCulture)}");

            // Then
            return condition.Threshold.Equals(threshold.Get)
                && condition.Operator == (strict ? ComparisonOperator.Greater : ComparisonOperator.LessOrEqual);
        }

        [Theory]
        [InlineData("auc")]
        [InlineData(">=0.8")]
        [InlineData("auc>=")]
        [InlineData("auc>=high")]
        [InlineData("auc>=NaN")]
        [InlineData("auc<=Infinity")]
        public void Should_Refuse_Text_That_Is_Not_Name_Operator_Number(string text)
        {
            // Given
            var expectedStart = $"metric filter '{text}'";

            // When
            var error = Assert.Throws<InputException>(() => MetricCondition.Parse(text));

            // Then
            Assert.StartsWith(expectedStart, error.Message);
        }
    }
}
