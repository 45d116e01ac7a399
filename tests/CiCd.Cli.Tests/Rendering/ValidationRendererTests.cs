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
        public void Should_Wrap_A_Long_Finding_And_Column_Name_So_The_Table_Stays_Narrow_Keeping_Every_Word()
        {
            // Given: a finding listing 19 classes (as for weka's soybean.arff) on a column with a long name
            var finding = string.Join(", ", Enumerable.Range(1, 19).Select(i => $"diaporthe-stem-canker-{i}: {i * 5}")) + "; rarest share 1.2 %";
            var column = new string('c', 100);
            var report = new ValidationReport("/data/soybean.csv", 683, 36, "abc123",
            [
                RuleResult.Fail("allowed_categories", column, Severity.Warning, finding),
                RuleResult.Pass("row_count", null, Severity.Error, "683 rows within [341, 6830]"),
            ]);

            // When: on a console as wide as a log's (4,096 characters)
            var text = Render(report);

            // Then
            Assert.All(text.Split('\n'), line => Assert.True(line.TrimEnd().Length <= 150, $"{line.Length} wide: {line}"));
            Assert.Contains(Squeezed(finding), Cells(text, 5), StringComparison.Ordinal);
            Assert.Contains(column, Cells(text, 3), StringComparison.Ordinal);
        }

        // One column's cells read down the table, without the spaces and line breaks wrapping adds.
        private static string Cells(string text, int index) => Squeezed(string.Concat(text.Split('\n')
            .Select(line => line.Split('│')).Where(cells => cells.Length > index).Select(cells => cells[index])));

        private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

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
