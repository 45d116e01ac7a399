using System.Globalization;
using System.Text;
using CiCd.Configuration;
using CiCd.Formats;
using CiCd.Reporting.Charts;
using CiCd.Reporting.Content;
using static CiCd.Reporting.Html.HtmlFormat;

namespace CiCd.Reporting.Html;

/// <summary>The selected model on the held-out test split: confusion matrix, per-class scores, ROC and precision–recall curves.</summary>
internal static class EvaluationSection
{
    public static void Append(StringBuilder html, ReportPart<LatestRun> latest) =>
        Section(html, "evaluation", "Test evaluation", "The refitted model on the held-out test split, which no candidate saw during selection.", latest, run =>
        {
            if (run.Task == TaskKind.Regression)
            {
                RegressionEvaluationSection.Append(html, run);
                return;
            }
            html.Append("<p>").Append(Counted.Of(run.TestRows, "test row"));
            if (run.Task == TaskKind.Binary)
            {
                html.Append("; decision threshold ").Append(run.Threshold.ToString("0.000", CultureInfo.InvariantCulture)).Append(" on the positive class probability");
            }
            html.Append(".</p>\n<div class=\"grid2\">\n");
            Chart(html, ConfusionChart.Create(run.ConfusionMatrix));
            TableStart(html, "per-class-table", HtmlColumn.Text("class"), HtmlColumn.Number("precision"), HtmlColumn.Number("recall"),
                HtmlColumn.Number("F1"), HtmlColumn.Number("support"));
            foreach (var scores in run.PerClass)
            {
                html.Append("<tr>");
                Cell(html, E(scores.Class));
                Cell(html, scores.Precision);
                Cell(html, scores.Recall);
                Cell(html, scores.F1);
                Cell(html, scores.Support, scores.Support.ToString(CultureInfo.InvariantCulture));
                html.Append("</tr>\n");
            }
            TableEnd(html);
            html.Append("</div>\n");
            if (run.Roc.Count == 0)
            {
                Note(html, "no test predictions or ROC points next to the model card: the curves need them");
                return;
            }
            html.Append("<div class=\"grid2\">\n");
            Chart(html, CurveChart.Roc(run.Roc));
            if (run.PrecisionRecall.Count > 0)
            {
                Chart(html, CurveChart.PrecisionRecallChart(run.PrecisionRecall));
            }
            else
            {
                Note(html, "no test predictions next to the model card: the precision–recall curve needs them");
            }
            html.Append("</div>\n");
        });
}
