using System.Globalization;
using System.Text;
using CiCd.Data.Profiling;
using CiCd.Formats;
using CiCd.Reporting.Content;
using CiCd.Reporting.Html;
using static CiCd.Reporting.Html.HtmlFormat;

namespace CiCd.Reporting.Profile;

/// <summary>Every column in one table (kinds, missing values, distinct values), then a panel per column with its figures and charts.</summary>
internal static class ProfileColumnsSection
{
    /// <summary>Columns drawn at most (the ones most associated with the target); wide data keeps the page small.</summary>
    public const int MaxChartedColumns = 40;

    public static void Append(StringBuilder html, DataProfile profile) =>
        Section(html, "columns", "Columns", "Declared kind (from the config) against the kind the values suggest; missing values and how they are written.",
            ReportPart.Of(profile), p =>
            {
                ScrollStart(html, "Columns table");
                TableStart(html, "columns-table", HtmlColumn.Text("column"), HtmlColumn.Text("declared"), HtmlColumn.Text("inferred"),
                    HtmlColumn.Number("missing"), HtmlColumn.Text("missing spellings"), HtmlColumn.Number("distinct"));
                foreach (var column in p.Columns)
                {
                    html.Append("<tr>");
                    Cell(html, E(column.Name));
                    Cell(html, column.Declared is { } d ? E(d.ToString().ToLowerInvariant()) : "<span class=\"tag warn\">not in config</span>");
                    Cell(html, E(column.InferredText) + (column.KindsAgree ? "" : " <span class=\"tag fail\">disagrees</span>"));
                    Cell(html, column.Missing, column.Missing.ToString(CultureInfo.InvariantCulture));
                    Cell(html, E(Spellings(column.MissingSpellings)));
                    Cell(html, column.Distinct, column.Distinct.ToString(CultureInfo.InvariantCulture));
                    html.Append("</tr>\n");
                }
                TableEnd(html);
                html.Append("</div>\n");
                var charted = p.Associations.Take(MaxChartedColumns).Select(a => a.Feature).ToHashSet(StringComparer.Ordinal);
                if (p.Columns.Count > charted.Count)
                {
                    html.Append("<p class=\"note\">Charts for the ").Append(Counted.Of(charted.Count, "column"))
                        .Append(" most associated with the target; every column's figures are in profile.json.</p>\n");
                }
                var index = 0;
                foreach (var column in p.Columns.Where(c => charted.Contains(c.Name)))
                {
                    ProfileColumnPanel.Append(html, column, p.Target, $"c{index++}");
                }
            });

    /// <summary>Spellings as text: an empty field shown as <c>(empty)</c>.</summary>
    public static string Spellings(IReadOnlyDictionary<string, int> spellings) =>
        string.Join(", ", spellings.Select(s => $"{(s.Key.Length == 0 ? "(empty)" : s.Key)} ×{s.Value}"));
}
