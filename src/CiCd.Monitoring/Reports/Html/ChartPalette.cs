using ScottPlot;

namespace CiCd.Monitoring.Reports.Html;

/// <summary>The report's colours, shared by the charts and the stylesheet so a reader learns them once.</summary>
internal static class ChartPalette
{
    public const string ReferenceHex = "#4C78A8";
    public const string CurrentHex = "#F58518";
    public const string RedHex = "#D62728";
    public const string AmberHex = "#E8A317";
    public const string GreenHex = "#2CA02C";
    public const string InkHex = "#333333";

    public static Color Reference => Color.FromHex(ReferenceHex);

    public static Color Current => Color.FromHex(CurrentHex);

    public static Color Red => Color.FromHex(RedHex);

    public static Color Ink => Color.FromHex(InkHex);

    /// <summary>Distinct line colours for per-feature series.</summary>
    public static IReadOnlyList<Color> Series { get; } =
        [.. new[] { "#4C78A8", "#F58518", "#54A24B", "#B279A2", "#9D755D", "#72B7B2", "#E45756", "#BAB0AC" }.Select(Color.FromHex)];
}
