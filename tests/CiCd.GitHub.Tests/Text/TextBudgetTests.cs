using CiCd.GitHub.Text;
using FsCheck;
using FsCheck.Xunit;

namespace CiCd.GitHub.Tests.Text;

public static class TextBudgetTests
{
    public sealed class TheFitMethod
    {
        private const string Notice = "\n[cut]\n";

        [Fact]
        public void Should_Return_Text_That_Fits_Unchanged()
        {
            // When
            var fitted = TextBudget.Fit("short", 100, TextBudget.Characters, Notice);

            // Then
            Assert.Equal("short", fitted);
        }

        [Fact]
        public void Should_Cut_At_A_Line_Break_And_Append_The_Notice()
        {
            // Given
            var text = string.Concat(Enumerable.Range(0, 100).Select(i => $"line {i:D3}\n"));

            // When
            var fitted = TextBudget.Fit(text, 200, TextBudget.Characters, Notice);

            // Then
            Assert.True(fitted.Length <= 200);
            Assert.EndsWith("\n" + Notice, fitted, StringComparison.Ordinal);
            Assert.StartsWith("line 000\n", fitted, StringComparison.Ordinal);
            Assert.DoesNotContain("line 099", fitted, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Never_Split_A_Surrogate_Pair()
        {
            // Given
            var text = string.Concat(Enumerable.Repeat("😀", 100));

            // When
            var fitted = TextBudget.Fit(text, 51 + Notice.Length, TextBudget.Characters, Notice);

            // Then
            var head = fitted[..^Notice.Length];
            Assert.Equal(50, head.Length);
            Assert.False(char.IsHighSurrogate(head[^1]));
        }

        [Fact]
        public void Should_Close_A_Code_Fence_The_Cut_Left_Open()
        {
            // Given
            var text = "## Log\n```\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"step {i}\n")) + "```\n";

            // When
            var fitted = TextBudget.Fit(text, 300, TextBudget.Characters, Notice);

            // Then
            var fences = fitted.Split('\n').Count(line => line.StartsWith("```", StringComparison.Ordinal));
            Assert.Equal(0, fences % 2);
            Assert.True(fitted.Length <= 300);
        }

        [Fact]
        public void Should_Measure_Utf8_Bytes_When_Asked()
        {
            // Given: "é" is one character but two bytes.
            var text = new string('é', 1000);

            // When
            var fitted = TextBudget.Fit(text, 1000, TextBudget.Utf8Bytes, Notice);

            // Then
            Assert.True(TextBudget.Utf8Bytes(fitted) <= 1000);
            Assert.True(fitted.Length < 500 + Notice.Length);
        }

        [Fact]
        public void Should_Return_Nothing_When_Even_The_Notice_Does_Not_Fit()
        {
            // When
            var fitted = TextBudget.Fit(new string('x', 100), 3, TextBudget.Characters, Notice);

            // Then
            Assert.Equal("", fitted);
        }

        [Property(MaxTest = 200)]
        public bool Should_Never_Exceed_The_Limit(NonNull<string> text, PositiveInt limit) =>
            TextBudget.Utf8Bytes(TextBudget.Fit(text.Get, limit.Get, TextBudget.Utf8Bytes, Notice)) <= limit.Get;

        [Property(MaxTest = 200)]
        public bool Should_Keep_A_Prefix_Of_The_Text(NonNull<string> text, PositiveInt limit)
        {
            var fitted = TextBudget.Fit(text.Get, limit.Get, TextBudget.Characters, Notice);
            var kept = fitted.EndsWith(Notice, StringComparison.Ordinal) ? fitted[..^Notice.Length].TrimEnd('`', '\n') : fitted;
            return text.Get.StartsWith(kept, StringComparison.Ordinal);
        }
    }
}
