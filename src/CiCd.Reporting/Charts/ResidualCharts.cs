using CiCd.Reporting.Content;
using ScottPlot;

namespace CiCd.Reporting.Charts;

/// <summary>A regression model's test split in four charts: predicted vs actual, residuals vs predicted, residual histogram, error by target decile.</summary>
public static class ResidualCharts
{
    private const int HistogramBins = 20;

    /// <summary>Every chart, in reading order.</summary>
    public static IReadOnlyList<ChartImage> All(RegressionResiduals data) =>
        [PredictedVsActual(data), ResidualsVsPredicted(data), Histogram(data), ErrorByDecile(data)];

    /// <summary>Each test row as a point, with the line y = x a perfect model would sit on.</summary>
    public static ChartImage PredictedVsActual(RegressionResiduals data)
    {
        var plot = ChartStyle.NewPlot("Predicted vs actual (test split)", "actual", "predicted");
        var low = Math.Min(data.Actual.Min(), data.Predicted.Min());
        var high = Math.Max(data.Actual.Max(), data.Predicted.Max());
        var perfect = plot.Add.Line(low, low, high, high);
        // Solid, not dashed: Skia's SVG backend cannot write a path effect (it draws the line solid anyway and prints
        // "Unsupported path effect in addPaint" for it and for every marker drawn after it with the same paint).
        perfect.LineColor = ChartStyle.Muted;
        Points(plot, data.Actual, data.Predicted);
        return ChartImage.Render(plot, "Predicted vs actual", 560, 460);
    }

    /// <summary>Residual (predicted − actual) against the prediction: a funnel or a curve means the errors are not uniform.</summary>
    public static ChartImage ResidualsVsPredicted(RegressionResiduals data)
    {
        var plot = ChartStyle.NewPlot("Residuals vs predicted (test split)", "predicted", "residual (predicted − actual)");
        var zero = plot.Add.HorizontalLine(0);
        zero.LineColor = ChartStyle.Muted;
        Points(plot, data.Predicted, data.Residuals);
        return ChartImage.Render(plot, "Residuals vs predicted", 560, 460);
    }

    /// <summary>How the residuals are distributed, in equal-width bins.</summary>
    public static ChartImage Histogram(RegressionResiduals data)
    {
        var residuals = data.Residuals;
        var (low, high) = (residuals.Min(), residuals.Max());
        var width = high > low ? (high - low) / HistogramBins : 1;
        var counts = new double[HistogramBins];
        foreach (var residual in residuals)
        {
            counts[Math.Min(HistogramBins - 1, (int)((residual - low) / width))]++;
        }
        var plot = ChartStyle.NewPlot("Residual histogram (test split)", "residual (predicted − actual)", "rows");
        var bars = plot.Add.Bars([.. Enumerable.Range(0, HistogramBins).Select(b => low + ((b + 0.5) * width))], counts);
        foreach (var bar in bars.Bars)
        {
            bar.Size = width * 0.9;
            bar.FillColor = ChartStyle.Accent;
        }
        return ChartImage.Render(plot, "Residual histogram", 560, 460);
    }

    /// <summary>The mean absolute error in each tenth of the rows by actual value: where along the range the model is off.</summary>
    public static ChartImage ErrorByDecile(RegressionResiduals data)
    {
        var deciles = data.ErrorByTargetDecile();
        var plot = ChartStyle.NewPlot("Error by target decile (test split)", "decile of the actual value (1 = lowest)", "mean |error|");
        var bars = plot.Add.Bars([.. Enumerable.Range(1, deciles.Count).Select(d => (double)d)], [.. deciles.Select(d => d.MeanAbsoluteError)]);
        foreach (var bar in bars.Bars)
        {
            bar.FillColor = ChartStyle.Accent;
        }
        return ChartImage.Render(plot, "Error by target decile", 560, 460);
    }

    private static void Points(Plot plot, double[] xs, double[] ys)
    {
        var points = plot.Add.ScatterPoints(xs, ys);
        points.Color = ChartStyle.Accent;
        points.MarkerSize = 5;
    }
}
