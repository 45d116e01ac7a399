using ScottPlot;

namespace CiCd.Reporting.Charts;

/// <summary>One look for every chart: the report's palette, a quiet grid and readable type.</summary>
internal static class ChartStyle
{
    public static Color Ink { get; } = Color.FromHex("#1f2937");

    public static Color Muted { get; } = Color.FromHex("#6b7280");

    public static Color Accent { get; } = Color.FromHex("#2563eb");

    public static Color AccentSoft { get; } = Color.FromHex("#93c5fd");

    public static Color Good { get; } = Color.FromHex("#059669");

    public static Color Bad { get; } = Color.FromHex("#dc2626");

    public static Color Grid { get; } = Color.FromHex("#e5e7eb");

    /// <summary>Distinct line colours for several curves (colour-blind friendly, Okabe–Ito).</summary>
    public static IReadOnlyList<Color> Series { get; } =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#E69F00"), Color.FromHex("#009E73"), Color.FromHex("#CC79A7"),
        Color.FromHex("#56B4E9"), Color.FromHex("#D55E00"), Color.FromHex("#F0E442"), Color.FromHex("#000000"),
        Color.FromHex("#999999"), Color.FromHex("#882255"),
    ];

    /// <summary>A new plot with the report's look and a title.</summary>
    public static Plot NewPlot(string title, string? xLabel = null, string? yLabel = null)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = Grid;
        plot.Axes.Color(Muted);
        plot.Axes.Title.Label.Text = title;
        plot.Axes.Title.Label.FontSize = 15;
        plot.Axes.Title.Label.ForeColor = Ink;
        plot.Axes.Title.Label.Bold = true;
        if (xLabel is not null)
        {
            plot.XLabel(xLabel, 13);
        }
        if (yLabel is not null)
        {
            plot.YLabel(yLabel, 13);
        }
        return plot;
    }
}
