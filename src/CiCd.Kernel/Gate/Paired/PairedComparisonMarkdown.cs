using System.Globalization;
using System.Text;
using CiCd.Formats;

namespace CiCd.Gate.Paired;

/// <summary>The paired comparison as Markdown: on which rows the champion was measured, and each difference with its interval.</summary>
public static class PairedComparisonMarkdown
{
    /// <summary>Appends the basis sentence and, when paired, the table of differences.</summary>
    public static void Append(StringBuilder text, PairedComparison? comparison)
    {
        if (comparison is null)
        {
            return;
        }
        text.Append(comparison.Paired ? "Champion measured on the same rows: " : "⚠️ Champion compared ").Append(comparison.Basis).Append(".\n\n");
        if (comparison.Differences.Count == 0)
        {
            return;
        }
        var table = new MarkdownTable("metric", "candidate", "champion", "difference", "95 % interval", "method");
        foreach (var d in comparison.Differences)
        {
            table.Row(d.Metric, F(d.Candidate), F(d.Champion), Signed(d.Difference), $"[{Signed(d.Lower)}, {Signed(d.Upper)}]", d.Method);
        }
        table.AppendTo(text);
        text.Append('\n');
    }

    private static string F(double value) => double.IsNaN(value) ? "–" : value.ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Signed(double value) => double.IsNaN(value) ? "–" : value.ToString("+0.0000;-0.0000;0.0000", CultureInfo.InvariantCulture);
}
