using CiCd.Monitoring.Scenarios;

namespace CiCd.Monitoring.Tests.Scenarios;

public sealed class ShiftKindTests
{
    public sealed class TheValues
    {
        [Theory]
        [InlineData(ShiftKind.MeanShift, 0)]
        [InlineData(ShiftKind.ScaleShift, 1)]
        [InlineData(ShiftKind.NewCategory, 2)]
        [InlineData(ShiftKind.MissingRate, 3)]
        [InlineData(ShiftKind.LabelShift, 4)]
        [InlineData(ShiftKind.None, 5)]
        public void Should_KeepItsNumber_When_MembersAreAdded(ShiftKind kind, int expected)
        {
            // Given a kind whose number a stored scenario or a default value may rely on
            // When it is read as a number
            var value = (int)kind;

            // Then it is the number it had before None was added
            Assert.Equal(expected, value);
        }

        [Fact]
        public void Should_BeMeanShift_When_Defaulted()
        {
            // Given a shift kind nobody set
            // When it takes the default value
            var kind = default(ShiftKind);

            // Then it means what it meant before None was added
            Assert.Equal(ShiftKind.MeanShift, kind);
        }
    }
}
