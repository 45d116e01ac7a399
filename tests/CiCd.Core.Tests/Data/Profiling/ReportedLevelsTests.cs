using CiCd.Data.Profiling;

namespace CiCd.Core.Tests.Data.Profiling;

public sealed class ReportedLevelsTests
{
    public sealed class TheTextMethod
    {
        [Fact]
        public void Should_Keep_A_Level_As_Long_As_The_Limit_Whole()
        {
            // Given
            var level = new string('a', ReportedLevels.MaxLength);

            // When
            var text = ReportedLevels.Text(level);

            // Then
            Assert.Equal(level, text);
        }

        [Fact]
        public void Should_Clip_A_Longer_Level_To_Its_Start_Its_Length_And_Its_Hash()
        {
            // Given: a 10 MB value, as the outside try's file held
            var level = new string('z', 10_000_000);

            // When
            var text = ReportedLevels.Text(level);

            // Then
            Assert.InRange(text.Length, 1, ReportedLevels.MaxLength);
            Assert.StartsWith(new string('z', 100), text, StringComparison.Ordinal);
            Assert.Contains("… (10,000,000 characters, sha256 ", text, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Keep_Two_Long_Levels_That_Differ_Only_At_The_End_Apart()
        {
            // Given
            var stem = new string('x', 1000);

            // When
            var (first, second) = (ReportedLevels.Text(stem + "1"), ReportedLevels.Text(stem + "2"));

            // Then
            Assert.NotEqual(first, second);
        }
    }
}
