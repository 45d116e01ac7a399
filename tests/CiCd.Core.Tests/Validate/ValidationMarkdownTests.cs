using CiCd.Configuration;
using CiCd.Validate;

namespace CiCd.Core.Tests.Validate;

public sealed class ValidationMarkdownTests
{
    public sealed class TheRenderMethod
    {
        [Fact]
        public void Should_Show_The_Verdict_Fingerprint_And_Failures_First()
        {
            // Given
            var report = new ValidationReport("/data/credit.csv", 10, 3, "abc123",
            [
                RuleResult.Pass("row_count", null, Severity.Error, "10 rows"),
                RuleResult.Fail("range", "age", Severity.Error, "1 value outside [18, 100]", [4]),
                RuleResult.Fail("unseen_categories", "purpose", Severity.Warning, "vacation never seen"),
            ]);

            // When
            var markdown = ValidationMarkdown.Render(report);

            // Then
            Assert.StartsWith("## Data validation: ❌ failed", markdown, StringComparison.Ordinal);
            Assert.Contains("`credit.csv`: 10 rows, 3 columns, 1 error, 1 warning. Fingerprint `abc123`.", markdown, StringComparison.Ordinal);
            var statuses = markdown.Split('\n').Where(line => line.StartsWith("| ", StringComparison.Ordinal)).Skip(1).Select(r => r.Split('|')[1].Trim());
            Assert.Equal(["FAIL", "warn", "pass"], statuses);
        }

        [Fact]
        public void Should_Keep_A_Finding_Quoting_The_Data_On_Its_Row_Without_Html()
        {
            // Given: a level that would hide the rest of the pull-request comment, and one with a line break
            var report = new ValidationReport("/data/credit.csv", 10, 3, "abc123",
            [
                RuleResult.Fail("allowed_categories", "purpose", Severity.Error, "'<!-- x' is not allowed"),
                RuleResult.Fail("allowed_categories", "colour", Severity.Error, "'a\r\nb|c' is not allowed"),
            ]);

            // When
            var markdown = ValidationMarkdown.Render(report);

            // Then
            Assert.DoesNotContain("<!--", markdown.Replace("\\<", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Contains("| '\\<!-- x' is not allowed |", markdown, StringComparison.Ordinal);
            Assert.Contains("| 'a b\\|c' is not allowed |", markdown, StringComparison.Ordinal);
        }
    }
}
