using System.Text;
using CiCd.Formats;
using CiCd.Reporting.Charts;
using CiCd.Reporting.Content;
using static CiCd.Reporting.Html.HtmlFormat;

namespace CiCd.Reporting.Html;

/// <summary>The test evaluation of a regression run: the four residual charts instead of a confusion matrix and curves.</summary>
internal static class RegressionEvaluationSection
{
    public static void Append(StringBuilder html, LatestRun run)
    {
        html.Append("<p>").Append(Counted.Of(run.TestRows, "test row")).Append("; residual = predicted − actual.</p>\n");
        if (run.Residuals is not { Actual.Length: > 0 } residuals)
        {
            Note(html, "no test predictions next to the model card: the residual charts need them");
            return;
        }
        var charts = ResidualCharts.All(residuals);
        for (var i = 0; i < charts.Count; i += 2)
        {
            html.Append("<div class=\"grid2\">\n");
            Chart(html, charts[i]);
            Chart(html, charts[i + 1]);
            html.Append("</div>\n");
        }
    }
}
