using CiCd.Train.Trainers;

namespace CiCd.Core.Tests.Train.Trainers;

public sealed class HyperParameterTests
{
    private static readonly HyperParameter Leaves = new("number_of_leaves", 8, 2, 256, true);
    private static readonly HyperParameter Rate = new("learning_rate", 0.1, 0.001, 1, false);

    public sealed class TheProblemMethod
    {
        [Theory]
        [InlineData(2)]
        [InlineData(256)]
        [InlineData(16)]
        public void Should_Accept_Whole_Numbers_Within_The_Inclusive_Bounds(double value)
        {
            // Given
            var parameter = Leaves;

            // When
            var problem = parameter.Problem(value);

            // Then
            Assert.Null(problem);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(257)]
        public void Should_Reject_Values_Outside_The_Bounds(double value)
        {
            // Given
            var parameter = Leaves;

            // When
            var problem = parameter.Problem(value);

            // Then
            Assert.StartsWith("must lie in [2, 256]", problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Fraction_For_A_Whole_Number_Parameter()
        {
            // Given
            var parameter = Leaves;

            // When
            var problem = parameter.Problem(8.5);

            // Then
            Assert.StartsWith("must be a whole number", problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Accept_A_Fraction_For_A_Real_Parameter()
        {
            // Given
            var parameter = Rate;

            // When
            var problem = parameter.Problem(0.05);

            // Then
            Assert.Null(problem);
        }
    }
}
