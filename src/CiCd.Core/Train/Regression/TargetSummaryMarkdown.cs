using System.Globalization;
using System.Text;
using CiCd.Configuration;
using CiCd.Configuration.Yaml;
using CiCd.Formats;

namespace CiCd.Train.Regression;

/// <summary>The model card's section on a numeric target: its distribution on the training split and its transform.</summary>
public static class TargetSummaryMarkdown
{
    /// <summary>Appends the section to <paramref name="text"/>.</summary>
    public static void AppendTo(StringBuilder text, string target, TargetTransform transform, TargetSummary summary)
    {
        text.Append($"\n## Target `{target}` (training split, {Counted.Of(summary.Count, "row")})\n\n");
        var table = new MarkdownTable("mean", "sd", "min", "5 %", "25 %", "median", "75 %", "95 %", "max", "zeros");
        table.Row(F(summary.Mean), F(summary.StandardDeviation), F(summary.Min), F(summary.P05), F(summary.P25), F(summary.Median),
            F(summary.P75), F(summary.P95), F(summary.Max), summary.ZeroShare.ToString("P1", CultureInfo.InvariantCulture));
        table.AppendTo(text);
        if (transform != TargetTransform.None)
        {
            text.Append($"\nLearned through `{SnakeCaseNames.Name(transform)}`; every prediction is mapped back to the target's scale.\n");
        }
    }

    private static string F(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
