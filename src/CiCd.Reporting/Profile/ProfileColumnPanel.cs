using System.Globalization;
using System.Text;
using CiCd.Data.Profiling;
using static CiCd.Reporting.Html.HtmlFormat;

namespace CiCd.Reporting.Profile;

/// <summary>One column's panel: its figures, its distribution or levels, and the class mix by bin or level.</summary>
internal static class ProfileColumnPanel
{
    public static void Append(StringBuilder html, ColumnProfile column, TargetSummary target, string prefix)
    {
        html.Append("<details class=\"column\" open><summary>").Append(E(column.Name)).Append(" · ")
            .Append(E(column.InferredText)).Append("</summary>\n<dl class=\"facts\">");
        Fact(html, "inferred because", column.InferredReason);
        Fact(html, "missing", $"{column.Missing} ({Spelled(column)})");
        Fact(html, "distinct", column.Distinct.ToString(CultureInfo.InvariantCulture));
        if (column.Numeric is { } n)
        {
            Fact(html, "mean ± sd", $"{G(n.Mean)} ± {G(n.Sd)}");
            Fact(html, "min · max", $"{G(n.Min)} · {G(n.Max)}");
            Fact(html, "quantiles", string.Join(", ", n.Quantiles.Select(q => $"{q.Key} {G(q.Value)}")));
            Fact(html, "skew", G(n.Skew));
            Fact(html, "zeros", n.Zeros.ToString(CultureInfo.InvariantCulture));
            Fact(html, "outliers (1.5 IQR)", n.Outliers.ToString(CultureInfo.InvariantCulture));
            Fact(html, "box (whiskers, quartiles, median)", string.Join(" · ", n.Box.Select(G)));
        }
        if (column.Categories is { } c)
        {
            if (c.Order is not null)
            {
                Fact(html, "order", string.Join(" < ", c.Order.Select(l => $"{l.Value} ({l.Count})")));
            }
            Fact(html, "rare levels", c.Rare.Count == 0 ? "none" : string.Join(", ", c.Rare.Select(l => $"{l.Value} ({l.Count})")));
        }
        html.Append("</dl>\n<div class=\"grid2\">\n");
        if (column.Numeric is { } numeric)
        {
            ProfileHtml.Svg(html, ProfileCharts.Histogram(column.Name, numeric, prefix + "h"));
        }
        else if (column.Categories is { } categories)
        {
            ProfileHtml.Svg(html, ProfileCharts.Levels(column.Name, categories, prefix + "l"));
        }
        if (column.TargetMix.Count > 0)
        {
            ProfileHtml.Svg(html, ProfileCharts.ClassMix(column.Name, column.TargetMix, [.. target.Classes.Select(l => l.Value)], prefix + "m"));
        }
        html.Append("</div>\n</details>\n");
    }

    private static string Spelled(ColumnProfile column) =>
        column.MissingSpellings.Count == 0 ? "no missing spellings" : "spelled " + ProfileColumnsSection.Spellings(column.MissingSpellings);

    private static void Fact(StringBuilder html, string name, string value) =>
        html.Append("<dt>").Append(E(name)).Append("</dt><dd>").Append(E(value)).Append("</dd>");

    private static string G(double value) => double.IsFinite(value) ? value.ToString("G5", CultureInfo.InvariantCulture) : "–";
}
