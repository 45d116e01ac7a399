using System.Globalization;
using System.Text;
using CiCd.Data.Profiling;
using CiCd.Formats;

namespace CiCd.Reporting.Profile;

/// <summary>
/// The pull request's short data section (summary.md): rows, missing cells, duplicates and alerts, each with its change
/// against a baseline profile (the production version's), and which alerts are new or gone.
/// </summary>
public static class ProfileSummary
{
    /// <summary>The section; <paramref name="baseline"/> null says there is nothing to compare with.</summary>
    public static string Render(DataProfile current, DataProfile? baseline, string baselineName = "production")
    {
        var md = new StringBuilder();
        md.Append("### Data · ").Append(MarkdownText.Inline(current.Name)).Append("\n\n");
        md.Append(baseline is null ? "| | this data |\n|---|---:|\n" : $"| | this data | {baselineName} | change |\n|---|---:|---:|---:|\n");
        Row(md, "rows", current.Overview.Rows, baseline?.Overview.Rows);
        Row(md, "missing cells", current.Overview.MissingCells, baseline?.Overview.MissingCells);
        Row(md, "duplicate rows", current.Overview.DuplicateRows, baseline?.Overview.DuplicateRows);
        Row(md, "alerts", current.Alerts.Count, baseline?.Alerts.Count);
        if (baseline is null)
        {
            md.Append("\nNo ").Append(baselineName).Append(" profile to compare with.\n");
        }
        else
        {
            var before = baseline.Alerts.Select(Key).ToHashSet(StringComparer.Ordinal);
            var now = current.Alerts.Select(Key).ToHashSet(StringComparer.Ordinal);
            md.Append('\n').Append(List("New alerts", current.Alerts.Where(a => !before.Contains(Key(a)))))
                .Append(List("Gone since " + baselineName, baseline.Alerts.Where(a => !now.Contains(Key(a)))));
        }
        if (current.Alerts.Count > 0 && baseline is null)
        {
            md.Append('\n').Append(List("Alerts", current.Alerts));
        }
        return md.ToString();
    }

    private static string Key(ProfileAlert alert) => $"{alert.Kind}|{alert.Column}";

    private static string List(string title, IEnumerable<ProfileAlert> alerts)
    {
        var items = alerts.ToList();
        return items.Count == 0 ? "" : $"{title}:\n\n{string.Concat(items.Select(a => $"- **{ProfileAlertNames.Of(a.Kind)}** {(a.Column is null ? "" : MarkdownText.Code(a.Column) + " ")}{MarkdownText.Inline(a.Message)}\n"))}\n";
    }

    private static void Row(StringBuilder md, string name, long value, long? before) =>
        md.Append(CultureInfo.InvariantCulture, $"| {name} | {value:N0} |")
            .Append(before is { } b ? string.Create(CultureInfo.InvariantCulture, $" {b:N0} | {value - b:+#,0;−#,0;0} |") : "")
            .Append('\n');
}
