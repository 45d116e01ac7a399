using CiCd.Configuration;
using CiCd.Metrics;

namespace CiCd.Core.Tests.Metrics;

public sealed class CostModelTests
{
    private static readonly string[] Classes = ["good", "bad"];

    public sealed class TheFromMethod
    {
        [Fact]
        public void Should_Cost_Every_Error_One_Without_Entries()
        {
            // Given
            CostEntry[] entries = [];

            // When
            var costs = CostModel.From(Classes, entries);

            // Then
            Assert.Equal((0.0, 1.0, 1.0, 0.0), (costs.Cost(0, 0), costs.Cost(0, 1), costs.Cost(1, 0), costs.Cost(1, 1)));
        }

        [Fact]
        public void Should_Place_Each_Entry_By_Actual_And_Predicted_Class()
        {
            // Given
            CostEntry[] entries = [new("bad", "good", 5), new("good", "bad", 1)];

            // When
            var costs = CostModel.From(Classes, entries);

            // Then
            Assert.Equal((0.0, 1.0, 5.0, 0.0), (costs.Cost(0, 0), costs.Cost(0, 1), costs.Cost(1, 0), costs.Cost(1, 1)));
        }

        [Fact]
        public void Should_Reject_An_Undeclared_Class()
        {
            // Given
            CostEntry[] entries = [new("ugly", "good", 5)];

            // When
            var error = Assert.Throws<ArgumentException>(() => CostModel.From(Classes, entries));

            // Then
            Assert.Contains("'ugly'", error.Message, StringComparison.Ordinal);
        }
    }

    public sealed class TheBayesThresholdMethod
    {
        [Fact]
        public void Should_Be_One_Sixth_For_The_German_Credit_Costs()
        {
            // Given: accepting a bad applicant costs 5, refusing a good one costs 1.
            var costs = CostModel.From(Classes, [new("bad", "good", 5), new("good", "bad", 1)]);

            // When
            var threshold = costs.BayesThreshold();

            // Then
            Assert.Equal(1.0 / 6, threshold, 12);
        }

        [Fact]
        public void Should_Be_One_Half_For_Equal_Costs()
        {
            // Given
            var costs = CostModel.From(Classes, []);

            // When
            var threshold = costs.BayesThreshold();

            // Then
            Assert.Equal(0.5, threshold);
        }

        [Fact]
        public void Should_Be_One_Half_When_No_Error_Costs_Anything()
        {
            // Given
            var costs = CostModel.From(Classes, [new("bad", "good", 0)]);

            // When
            var threshold = costs.BayesThreshold();

            // Then
            Assert.Equal(0.5, threshold);
        }
    }
}
