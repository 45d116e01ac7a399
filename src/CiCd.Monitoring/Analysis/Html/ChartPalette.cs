using ScottPlot;

namespace CiCd.Monitoring.Analysis.Html;

/// <summary>The report's colours, shared by the charts and the stylesheet so a reader learns them once.</summary>
public static class ChartPalette
{
    /// <summary>Reference data.</summary>
    public const string ReferenceHex = "#4C78A8";
    /// <summary>Current data.</summary>
    public const string CurrentHex = "#F58518";
    /// <summary>The red light.</summary>
    public const string RedHex = "#D62728";
    /// <summary>The amber light: dark enough for text on white (4.9:1, WCAG AA), as the lights' labels are written in it.</summary>
    public const string AmberHex = "#9A6700";
    /// <summary>The green light: dark enough for text on white (5.1:1, WCAG AA).</summary>
    public const string GreenHex = "#1A7F37";
    /// <summary>Text and axes.</summary>
    public const string InkHex = "#333333";

    /// <summary>Reference data.</summary>
    public static Color Reference => Color.FromHex(ReferenceHex);

    /// <summary>Current data.</summary>
    public static Color Current => Color.FromHex(CurrentHex);

    /// <summary>The red light.</summary>
    public static Color Red => Color.FromHex(RedHex);

    /// <summary>Text and axes.</summary>
    public static Color Ink => Color.FromHex(InkHex);

    /// <summary>Distinct line colours for per-feature series.</summary>
    public static IReadOnlyList<Color> Series { get; } =
        [.. new[] { "#4C78A8", "#F58518", "#54A24B", "#B279A2", "#9D755D", "#72B7B2", "#E45756", "#BAB0AC" }.Select(Color.FromHex)];
}
