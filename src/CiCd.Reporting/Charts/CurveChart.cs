using System.Globalization;
using CiCd.Reporting.Content;
using ScottPlot;

namespace CiCd.Reporting.Charts;

/// <summary>ROC and precision–recall curves of the test split, with the chance line each is judged against.</summary>
public static class CurveChart
{
    /// <summary>ROC: true against false positive rate, with the diagonal of a random ranking.</summary>
    public static ChartImage Roc(IReadOnlyList<Curve> curves)
    {
        var plot = ChartStyle.NewPlot("ROC curve (test split)", "false positive rate", "true positive rate");
        var chance = plot.Add.Line(0, 0, 1, 1);
        // Solid, not dashed: Skia's SVG backend cannot write a path effect (it draws the line solid anyway and prints
        // "Unsupported path effect in addPaint" to the console).
        chance.LineColor = ChartStyle.Muted;
        chance.LegendText = "chance";
        AddCurves(plot, curves, "AUC");
        return Finish(plot, "ROC curve");
    }

    /// <summary>Precision against recall, with the prevalence-free reading left to the legend's average precision.</summary>
    public static ChartImage PrecisionRecallChart(IReadOnlyList<Curve> curves)
    {
        var plot = ChartStyle.NewPlot("Precision–recall curve (test split)", "recall", "precision");
        AddCurves(plot, curves, "AP");
        return Finish(plot, "Precision–recall curve");
    }

    private static void AddCurves(Plot plot, IReadOnlyList<Curve> curves, string areaName)
    {
        for (var i = 0; i < curves.Count; i++)
        {
            var line = plot.Add.ScatterLine(curves[i].X, curves[i].Y);
            line.Color = curves.Count == 1 ? ChartStyle.Accent : ChartStyle.Series[i % ChartStyle.Series.Count];
            line.LineWidth = 2.5f;
            line.LegendText = $"{curves[i].Label} ({areaName} {curves[i].Area.ToString("0.000", CultureInfo.InvariantCulture)})";
        }
    }

    private static ChartImage Finish(Plot plot, string title)
    {
        plot.Axes.SetLimits(-0.02, 1.02, -0.02, 1.02);
        plot.ShowLegend(Alignment.LowerRight);
        plot.Legend.FontSize = 11;
        return ChartImage.Render(plot, title, 560, 460);
    }
}
