using CiCd.Formats;

namespace CiCd.Kernel.Tests.Formats;

public sealed class CountedTests
{
    public sealed class TheOfMethod
    {
        [Fact]
        public void Should_Use_The_Singular_For_One()
        {
            // When
            var text = Counted.Of(1, "column");

            // Then
            Assert.Equal("1 column", text);
        }

        [Theory]
        [InlineData(0, "0 columns")]
        [InlineData(2, "2 columns")]
        [InlineData(12345, "12345 columns")]
        [InlineData(-1, "-1 columns")]
        public void Should_Use_The_Plural_For_Any_Other_Count(long count, string expected)
        {
            // When
            var text = Counted.Of(count, "column");

            // Then
            Assert.Equal(expected, text);
        }

        [Fact]
        public void Should_Take_The_Plural_Given_For_A_Noun_That_Does_Not_Add_An_S()
        {
            // When
            var (one, two) = (Counted.Of(1, "class", "classes"), Counted.Of(2, "class", "classes"));

            // Then
            Assert.Equal(("1 class", "2 classes"), (one, two));
        }
    }

    public sealed class TheNounMethod
    {
        [Fact]
        public void Should_Give_The_Noun_Alone_For_A_Count_Written_Apart()
        {
            // When
            var (one, three) = (Counted.Noun(1, "check"), Counted.Noun(3, "check"));

            // Then
            Assert.Equal(("check", "checks"), (one, three));
        }
    }
}
