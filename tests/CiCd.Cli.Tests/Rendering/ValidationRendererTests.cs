using CiCd.Cli.Rendering;
using CiCd.Configuration;
using CiCd.Validate;
using Spectre.Console;

namespace CiCd.Cli.Tests.Rendering;

public sealed class ValidationRendererTests
{
    public sealed class TheRenderMethod
    {
        private static string Render(ValidationReport report)
        {
            using var output = new StringWriter();
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            });
            console.Profile.Width = 4096;
            ValidationRenderer.Render(console, report);
            return output.ToString();
        }

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
    }
}
