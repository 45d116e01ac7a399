using System.Globalization;
using CiCd.Metrics;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace CiCd.Reporting.Charts;

/// <summary>
/// The confusion matrix as a heatmap: colour is the share of each actual class (so a rare class reads as
/// clearly as a common one), and each cell prints its count (and, for a few classes, that share).
/// </summary>
public static class ConfusionChart
{
    /// <summary>Draws <paramref name="matrix"/>.</summary>
    public static ChartImage Create(ConfusionMatrix matrix)
    {
        var n = matrix.Classes.Count;
        var shares = new double[n, n];
        for (var actual = 0; actual < n; actual++)
        {
            double total = matrix.Counts[actual].Sum();
            for (var predicted = 0; predicted < n; predicted++)
            {
                shares[actual, predicted] = total == 0 ? 0 : matrix.Counts[actual][predicted] / total;
            }
        }
        var plot = ChartStyle.NewPlot("Confusion matrix (test split)", "predicted", "actual");
        // Rectangles rather than a heatmap bitmap: a browser would smooth a 2×2 bitmap into a blur when scaling the SVG.
        var colormap = new ScottPlot.Colormaps.Blues();
        var fontSize = n > 6 ? 10 : 16;
        for (var actual = 0; actual < n; actual++)
        {
            for (var predicted = 0; predicted < n; predicted++)
            {
                var y = n - 1 - actual;
                var cell = plot.Add.Rectangle(predicted - 0.5, predicted + 0.5, y - 0.5, y + 0.5);
                // Blues runs from dark to light; an empty cell should be light.
                cell.FillColor = colormap.GetColor(1 - (0.85 * shares[actual, predicted]));
                cell.LineColor = Colors.White;
                cell.LineWidth = 2;
                var share = shares[actual, predicted].ToString("0%", CultureInfo.InvariantCulture);
                var label = plot.Add.Text(n > 6 ? matrix.Counts[actual][predicted].ToString(CultureInfo.InvariantCulture)
                    : $"{matrix.Counts[actual][predicted]}\n{share}", predicted, y);
                label.LabelFontSize = fontSize;
                label.LabelBold = true;
                label.LabelAlignment = Alignment.MiddleCenter;
                label.LabelFontColor = shares[actual, predicted] > 0.5 ? Colors.White : ChartStyle.Ink;
            }
        }
        var positions = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
        plot.Axes.Bottom.TickGenerator = new NumericManual(positions, [.. matrix.Classes]);
        plot.Axes.Left.TickGenerator = new NumericManual(positions.Select(p => n - 1 - p).ToArray(), [.. matrix.Classes]);
        plot.Grid.IsVisible = false;
        plot.Axes.SetLimits(-0.5, n - 0.5, -0.5, n - 0.5);
        return ChartImage.Render(plot, "Confusion matrix", 560, 460);
    }
}
