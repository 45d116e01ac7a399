using System.Text;
using System.Text.RegularExpressions;
using CiCd.Data;
using CiCd.Data.Profiling;
using CiCd.Reporting.Profile;

namespace CiCd.Reporting.Tests.Profile;

public static partial class ProfileMarkdownTests
{
    [GeneratedRegex("(`+).*?\\1")]
    private static partial Regex CodeSpan();

    // Column names, levels and a target that Markdown (or the HTML GitHub allows in it) would otherwise read as syntax.
    private static readonly string[] Names = ["<!-- hide", "a|b", "x\ny", "`tick`", "**bold**", "[link](javascript:alert(1))", "<script>alert(1)</script>"];

    internal static DataProfile Hostile()
    {
        using var folder = new TempFolder();
        var csv = new StringBuilder();
        CsvWriter.AppendRecord(csv, [.. Names, "t|`<!--"]);
        for (var i = 0; i < 60; i++)
        {
            CsvWriter.AppendRecord(csv, [.. Names.Select((n, c) => c % 2 == 0 ? Names[(i + c) % 3] : (i * c % 17).ToString(System.Globalization.CultureInfo.InvariantCulture)), i % 2 == 0 ? "yes\n<b>" : "no|"]);
        }
        var path = folder.Write("hostile <b>.csv", csv.ToString());
        return DataProfiler.Profile(ProfileSource.FromFile(path, "t|`<!--"));
    }

    public sealed class TheRenderMethod
    {
        [Fact]
        public void Should_Keep_Data_From_Opening_Html_Or_Breaking_A_Table_Row()
        {
            // Given
            var profile = Hostile();

            // When
            var markdown = ProfileMarkdown.Render(profile);

            // Then: no raw '<' outside code spans (a '<!--' hides the rest of the page on GitHub), one table line per column
            Assert.DoesNotContain("<", CodeSpan().Replace(markdown, "").Replace("\\<", "", StringComparison.Ordinal), StringComparison.Ordinal);
            var columns = markdown[markdown.IndexOf("## Columns", StringComparison.Ordinal)..].Split('\n').Where(l => l.StartsWith('|')).ToList();
            Assert.Equal(profile.Columns.Count + 2, columns.Count);
            Assert.Contains("| a\\|b |", markdown, StringComparison.Ordinal);
            Assert.Contains("| x\\ny |", markdown, StringComparison.Ordinal);
            Assert.Contains(", target ``t|`<!--``", markdown, StringComparison.Ordinal);
        }
    }
}
