using System.Globalization;
using System.Text;
using CiCd.Data.Profiling;
using CiCd.Reporting.Content;
using static CiCd.Reporting.Html.HtmlFormat;

namespace CiCd.Reporting.Profile;

/// <summary>Rows, columns by kind, missing cells, duplicates, memory and the fingerprint, as the run report's tiles.</summary>
internal static class ProfileOverviewSection
{
    public static void Append(StringBuilder html, DataProfile profile) =>
        Section(html, "overview", "Overview", "The data set at a glance; kinds are the ones the values suggest.", ReportPart.Of(profile.Overview), overview =>
        {
            html.Append("<div class=\"kpis\">\n");
            Tile(html, "rows", overview.Rows.ToString("N0", CultureInfo.InvariantCulture), "data rows");
            Tile(html, "columns", overview.Columns.ToString(CultureInfo.InvariantCulture), overview.KindsText);
            Tile(html, "missing cells", overview.MissingCells.ToString("N0", CultureInfo.InvariantCulture), overview.MissingShare.ToString("0.##%", CultureInfo.InvariantCulture));
            Tile(html, "duplicate rows", overview.DuplicateRows.ToString("N0", CultureInfo.InvariantCulture), "identical to an earlier row");
            Tile(html, "memory", Bytes(overview.MemoryBytes), "typed columns, estimated");
            Tile(html, "alerts", profile.Alerts.Count.ToString(CultureInfo.InvariantCulture), "see below");
            html.Append("</div>\n<p>Fingerprint <code>").Append(E(overview.Fingerprint)).Append("</code></p>\n");
        });

    private static void Tile(StringBuilder html, string name, string value, string note) =>
        html.Append("<div class=\"kpi\"><div class=\"name\">").Append(E(name)).Append("</div><div class=\"value\">").Append(E(value))
            .Append("</div><div class=\"delta flat\">").Append(E(note)).Append("</div></div>\n");

    /// <summary>Bytes in KiB, MiB or GiB.</summary>
    public static string Bytes(long bytes) => bytes switch
    {
        < 1L << 20 => (bytes / 1024.0).ToString("0.# 'KiB'", CultureInfo.InvariantCulture),
        < 1L << 30 => (bytes / 1048576.0).ToString("0.# 'MiB'", CultureInfo.InvariantCulture),
        _ => (bytes / 1073741824.0).ToString("0.## 'GiB'", CultureInfo.InvariantCulture),
    };
}
