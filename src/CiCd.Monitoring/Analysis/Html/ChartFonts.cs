using ScottPlot;

namespace CiCd.Monitoring.Analysis.Html;

/// <summary>
/// Whether chart text can be drawn on this machine. ScottPlot measures and draws text with a font SkiaSharp finds here;
/// with none (a slim container image) it still draws every chart, only without titles, tick labels and legends, which
/// reads as data without axes. Callers show a note instead.
/// </summary>
public static class ChartFonts
{
    /// <summary>Null when the charts' font has glyphs; otherwise why chart text cannot be drawn.</summary>
    public static string? Problem()
    {
        // ScottPlot caches the typeface it resolves, so asking again costs a dictionary look-up; it is not ours to dispose.
        var typeface = Fonts.GetTypeface(Fonts.Default, bold: false, italic: false);
        return typeface.GlyphCount > 0
            ? null
            : "no font for chart text was found; install a TrueType font under /usr/share/fonts, e.g. Debian's fonts-dejavu-core";
    }
}
