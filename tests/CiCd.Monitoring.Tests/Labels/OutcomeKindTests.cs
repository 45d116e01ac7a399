using CiCd.Configuration;
using CiCd.Monitoring.Labels;

namespace CiCd.Monitoring.Tests.Labels;

public sealed class OutcomeKindTests
{
    private static readonly OutcomeKind Numbers = new(TaskKind.Regression, []);

    public sealed class TheTryReadMethod
    {
        [Theory]
        [InlineData("NaN")]
        [InlineData("Infinity")]
        [InlineData("-Infinity")]
        [InlineData("1e999")]
        public void Should_Refuse_A_Number_That_Is_Not_Finite(string text)
        {
            // When
            var read = Numbers.TryRead(text, out _, out var problem);

            // Then
            Assert.False(read);
            Assert.Equal("is not a finite number (NaN and infinities have no error to measure)", problem);
        }

        [Fact]
        public void Should_Refuse_A_Word_For_A_Regression()
        {
            // When
            var read = Numbers.TryRead("high", out _, out var problem);

            // Then
            Assert.False(read);
            Assert.Equal("is not a number, and the model is a regression", problem);
        }

        [Fact]
        public void Should_Read_A_Class_As_Its_Index()
        {
            // When
            var read = new OutcomeKind(TaskKind.Binary, ["good", "bad"]).TryRead("bad", out var value, out _);

            // Then
            Assert.True(read);
            Assert.Equal(1, value);
        }
    }

    public sealed class TheStoredMethod
    {
        [Fact]
        public void Should_Store_One_Text_For_Equal_Numbers()
        {
            // Given
            Numbers.TryRead("3.0", out var a, out _);
            Numbers.TryRead(" 3 ", out var b, out _);

            // Then
            Assert.Equal("3", Numbers.Stored(a));
            Assert.Equal(Numbers.Stored(a), Numbers.Stored(b));
        }
    }
}
