using System.Text;
using CiCd.Formats;

namespace CiCd.Kernel.Tests.Formats;

public sealed class MarkdownTableTests
{
    public sealed class TheAppendToMethod
    {
        [Fact]
        public void Should_Write_Header_Separator_And_Rows()
        {
            // Given
            var table = new MarkdownTable("metric", "value").Row("roc_auc", "0.8").Row("recall", "0.7");
            var text = new StringBuilder();

            // When
            table.AppendTo(text);

            // Then
            Assert.Equal("| metric | value |\n|---|---|\n| roc_auc | 0.8 |\n| recall | 0.7 |\n", text.ToString());
        }

        [Fact]
        public void Should_Escape_Pipes_And_Flatten_Line_Breaks_In_Cells()
        {
            // Given
            var table = new MarkdownTable("finding").Row("a | b\nc");
            var text = new StringBuilder();

            // When
            table.AppendTo(text);

            // Then
            Assert.EndsWith("| a \\| b c |\n", text.ToString(), StringComparison.Ordinal);
        }
    }

    public sealed class TheRowMethod
    {
        [Fact]
        public void Should_Reject_A_Row_With_The_Wrong_Number_Of_Cells()
        {
            // Given
            var table = new MarkdownTable("metric", "value");

            // When
            var error = Assert.Throws<ArgumentException>(() => table.Row("roc_auc"));

            // Then
            Assert.Contains("expected 2 cells, got 1", error.Message, StringComparison.Ordinal);
        }
    }
}
