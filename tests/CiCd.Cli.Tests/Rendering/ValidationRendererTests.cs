using CiCd.Cli.Rendering;
using CiCd.Cli.Tests.Fixtures;
using CiCd.Configuration;
using CiCd.Validate;

namespace CiCd.Cli.Tests.Rendering;

public sealed class ValidationRendererTests
{
    public sealed class TheRenderMethod
    {
        private static string Render(ValidationReport report) => PlainConsole.Capture(console => ValidationRenderer.Render(console, report));

        [Fact]
        public void Should_Show_Control_Characters_Of_The_Data_As_Escapes_Instead_Of_Sending_Them_To_The_Terminal()
        {
            // Given: a column that sets the window title and a level that clears the screen, from the data file
            var report = new ValidationReport("/data/credit.csv", 10, 3, "abc123",
            [
                RuleResult.Fail("allowed_categories", "\u001b]0;owned\u0007x", Severity.Error, "'\u001b[2Jy' is not allowed"),
            ]);

            // When
            var text = Render(report);

            // Then
            Assert.DoesNotContain('\u001b', text);
            Assert.Contains("\\e]0;owned\\u0007x", text, StringComparison.Ordinal);
            Assert.Contains("'\\e[2Jy' is not allowed", text, StringComparison.Ordinal);
        }
        [Fact]
        public void Should_Count_One_Row_Column_Error_And_Warning_In_The_Singular()
        {
            // Given
            var report = new ValidationReport("/data/credit.csv", 1, 1, "abc123",
            [
                RuleResult.Fail("row_count", null, Severity.Error, "too few"),
                RuleResult.Fail("undeclared_columns", null, Severity.Warning, "undeclared"),
            ]);

            // When
            var text = Render(report);

            // Then
            Assert.Contains("credit.csv: 1 row, 1 column", text, StringComparison.Ordinal);
            Assert.Contains("failed: 1 error, 1 warning", text, StringComparison.Ordinal);
        }
    }
}
