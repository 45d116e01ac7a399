using System.Text;
using CiCd.Formats;
using CiCd.Monitoring.Detection;
using static CiCd.Monitoring.Analysis.ReportText;

namespace CiCd.Monitoring.Analysis;

/// <summary>Renders a drift report as GitHub-flavoured Markdown: verdict, traffic-light table, windows, predictions, performance.</summary>
public static class DriftMarkdown
{
    /// <summary>The Markdown text.</summary>
    public static string Render(DriftReport report)
    {
        var text = new StringBuilder();
        text.Append($"# Drift: {Light(report.Alert.Level)} {Level(report.Alert.Level)}\n\n");
        text.Append($"{report.Alert.Message}\n\n**Recommendation:** {report.Alert.Advice}\n\n");
        text.Append($"Reference `{report.Reference}` ({Counted.Of(report.ReferenceRows, "row")}) against current `{report.Current}` ({Counted.Of(report.CurrentRows, "row")}");
        text.Append(report.From is null ? ")" : $", {Time(report.From)} to {Time(report.To)})");
        text.Append($". On red the monitor will **{OnRedAction.Describe(report.OnRed)}**.\n\n");
        text.Append("## Features\n\n");
        Columns(report.Features).AppendTo(text);
        if (report.Features.ExtraColumns.Count > 0)
        {
            text.Append($"\nColumns the reference does not know (not tested): {string.Join(", ", report.Features.ExtraColumns)}.\n");
        }
        if (report.Windows.Count > 0)
        {
            text.Append($"\n## Drift over time ({report.Window} windows)\n\n");
            var windows = new MarkdownTable("window start", "rows", "drifted share", "light", "performance");
            foreach (var w in report.Windows)
            {
                windows.Row(Time(w.Start), w.Rows.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    w.Features is null ? "empty" : Number(w.Features.DriftShare), $"{Light(w.Level)} {Level(w.Level)}",
                    w.Performance is null ? "–" : w.Performance.Scored ? (w.Performance.Passed ? "passes gates" : "below gates") : "not scored");
            }
            windows.AppendTo(text);
            foreach (var change in report.Changes)
            {
                text.Append($"\n- Abrupt change: {change.Message}");
            }
            text.Append('\n');
        }
        if (report.Predictions is { } predictions)
        {
            text.Append("\n## Predictions\n\n");
            Columns(predictions).AppendTo(text);
        }
        if (report.Performance is { } performance)
        {
            text.Append($"\n## Performance on {Counted.Of(performance.LabelledRows, "labelled row")}\n\n");
            if (!performance.Scored)
            {
                text.Append($"Not scored: {performance.Note}.\n");
            }
            var checks = new MarkdownTable("metric", "value", "gate", "passes");
            foreach (var check in performance.Checks)
            {
                checks.Row(check.Metric, Number(check.Value), Gate(check.Min, check.Max), check.Passed ? "yes" : "no");
            }
            checks.AppendTo(text);
            PerformanceMarkdown.Append(text, report);
        }
        foreach (var note in report.Notes)
        {
            text.Append($"\n> {note}\n");
        }
        return text.ToString();
    }

    /// <summary>A gate's bounds in words.</summary>
    public static string Gate(double? min, double? max) =>
        string.Join(", ", new[] { min is null ? null : $"≥ {Number(min)}", max is null ? null : $"≤ {Number(max)}" }.OfType<string>());

    private static MarkdownTable Columns(DatasetDrift drift)
    {
        var table = new MarkdownTable("", "column", "test", "value", "rule", "PSI", "message");
        foreach (var c in drift.Columns)
        {
            table.Row(Light(c.Alert.Level), c.Name, Test(c), Value(c), Rule(c), Number(c.Psi), c.Alert.Message);
        }
        return table;
    }
}
