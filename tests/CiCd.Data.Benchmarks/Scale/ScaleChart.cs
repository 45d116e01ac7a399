using System.Globalization;
using System.Text;

namespace CiCd.Data.Benchmarks.Scale;

/// <summary>
/// The scale curve as a self-contained SVG: CPU seconds (wall where CPU was not kept) and peak MB against rows, one line
/// per stage, both axes logarithmic, with a grey line of slope 1 (cost proportional to rows) to compare the slopes with.
/// </summary>
internal static class ScaleChart
{
    private const int Width = 460, Height = 340, Left = 64, Top = 40, Plot = 260;
    private static readonly string[] Colours = ["#1b6ac9", "#d1495b", "#2a9d8f", "#e9a23b"];

    public static string Svg(IReadOnlyList<StageMeasurement> results)
    {
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{2 * Width}\" height=\"{Height + 30}\" font-family=\"sans-serif\" font-size=\"12\">"));
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>");
        Panel(svg, results, 0, "CPU seconds (else wall)", m => m.CpuSeconds ?? m.Seconds);
        Panel(svg, results, Width, "peak RSS (MB) per stage", m => m.PeakMegabytes);
        for (var s = 0; s < ScaleBenchmark.Stages.Length; s++)
        {
            var x = Left + (s * 110);
            svg.Append(Invariant($"<rect x=\"{x}\" y=\"{Height + 8}\" width=\"14\" height=\"4\" fill=\"{Colours[s]}\"/>"));
            svg.Append(Invariant($"<text x=\"{x + 18}\" y=\"{Height + 14}\">{ScaleBenchmark.Stages[s]}</text>"));
        }
        svg.Append(Invariant($"<line x1=\"{Left + 440}\" y1=\"{Height + 10}\" x2=\"{Left + 454}\" y2=\"{Height + 10}\" stroke=\"#999\" stroke-dasharray=\"4 3\"/>"));
        svg.Append(Invariant($"<text x=\"{Left + 458}\" y=\"{Height + 14}\">proportional to rows (slope 1)</text>"));
        return svg.Append("</svg>").ToString();
    }

    private static void Panel(StringBuilder svg, IReadOnlyList<StageMeasurement> results, int offset, string title, Func<StageMeasurement, double> value)
    {
        var (rowLow, rowHigh) = Decades(results.Select(r => (double)r.Rows));
        var (low, high) = Decades(results.Select(value));
        double X(double rows) => offset + Left + (Plot * (Math.Log10(rows) - rowLow) / Math.Max(1, rowHigh - rowLow));
        double Y(double v) => Top + Plot - (Plot * (Math.Log10(v) - low) / Math.Max(1, high - low));
        svg.Append(Invariant($"<text x=\"{offset + Left}\" y=\"{Top - 16}\" font-weight=\"bold\">{title} against rows (log-log)</text>"));
        svg.Append(Invariant($"<rect x=\"{offset + Left}\" y=\"{Top}\" width=\"{Plot}\" height=\"{Plot}\" fill=\"none\" stroke=\"#333\"/>"));
        for (var d = rowLow; d <= rowHigh; d++)
        {
            var x = X(Math.Pow(10, d));
            svg.Append(Invariant($"<line x1=\"{x:F1}\" y1=\"{Top}\" x2=\"{x:F1}\" y2=\"{Top + Plot}\" stroke=\"#eee\"/>"));
            svg.Append(Invariant($"<text x=\"{x:F1}\" y=\"{Top + Plot + 16}\" text-anchor=\"middle\">{Math.Pow(10, d):#,0}</text>"));
        }
        for (var d = low; d <= high; d++)
        {
            var y = Y(Math.Pow(10, d));
            svg.Append(Invariant($"<line x1=\"{offset + Left}\" y1=\"{y:F1}\" x2=\"{offset + Left + Plot}\" y2=\"{y:F1}\" stroke=\"#eee\"/>"));
            svg.Append(Invariant($"<text x=\"{offset + Left - 6}\" y=\"{y + 4:F1}\" text-anchor=\"end\">{Math.Pow(10, d):#,0.###}</text>"));
        }
        // Slope 1 through the panel's lower left corner: a stage whose line runs parallel to it grows linearly.
        var decades = Math.Min(rowHigh - rowLow, high - low);
        svg.Append(Invariant($"<line x1=\"{X(Math.Pow(10, rowLow)):F1}\" y1=\"{Y(Math.Pow(10, low)):F1}\" x2=\"{X(Math.Pow(10, rowLow + decades)):F1}\" y2=\"{Y(Math.Pow(10, low + decades)):F1}\" stroke=\"#999\" stroke-dasharray=\"4 3\"/>"));
        for (var s = 0; s < ScaleBenchmark.Stages.Length; s++)
        {
            var points = results.Where(r => r.Stage == ScaleBenchmark.Stages[s] && value(r) > 0).OrderBy(r => r.Rows).Select(r => (X: X(r.Rows), Y: Y(value(r)))).ToList();
            if (points.Count == 0)
            {
                continue;
            }
            svg.Append(Invariant($"<polyline fill=\"none\" stroke=\"{Colours[s]}\" stroke-width=\"2\" points=\"{string.Join(' ', points.Select(p => Invariant($"{p.X:F1},{p.Y:F1}")))}\"/>"));
            foreach (var (x, y) in points)
            {
                svg.Append(Invariant($"<circle cx=\"{x:F1}\" cy=\"{y:F1}\" r=\"3\" fill=\"{Colours[s]}\"/>"));
            }
        }
    }

    // Whole decades around the values: the axes start and end on a power of ten.
    private static (int Low, int High) Decades(IEnumerable<double> values)
    {
        var logs = values.Where(v => v > 0).Select(Math.Log10).DefaultIfEmpty(0).ToList();
        var low = (int)Math.Floor(logs.Min());
        return (low, Math.Max(low + 1, (int)Math.Ceiling(logs.Max())));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
