using System.Globalization;
using System.Text;
using CiCd.Data.Profiling;
using static CiCd.Reporting.Html.HtmlFormat;

namespace CiCd.Reporting.Profile;

/// <summary>
/// A correlation matrix drawn as SVG cells with the names and (up to <see cref="MaxValueLabels"/> columns) the values as
/// text. Colours stay light — white at 0, red toward +1, blue toward −1 — so dark text reads on every cell.
/// </summary>
internal static class Heatmap
{
    public const int MaxValueLabels = 16;
    private const int Cell = 30;
    private const int Margin = 150;

    public static string Draw(CorrelationMatrix matrix, string title)
    {
        var n = matrix.Columns.Count;
        var size = Margin + (n * Cell) + 10;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg width=\"{size}\" height=\"{size}\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"DejaVu Sans, sans-serif\">");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        svg.Append("<text x=\"8\" y=\"20\" font-size=\"13\" font-weight=\"bold\" fill=\"#1f2937\">").Append(E(title)).Append("</text>");
        for (var i = 0; i < n; i++)
        {
            var name = E(Shorten(matrix.Columns[i]));
            var middle = Margin + (i * Cell) + (Cell / 2);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Margin - 6}\" y=\"{middle + 4}\" text-anchor=\"end\" font-size=\"11\" fill=\"#1f2937\">{name}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text transform=\"translate({middle + 4},{Margin - 6}) rotate(-60)\" font-size=\"11\" fill=\"#1f2937\">{name}</text>");
            for (var j = 0; j < n; j++)
            {
                var value = matrix.Values[i][j];
                var (x, y) = (Margin + (j * Cell), Margin + (i * Cell));
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"{Cell - 1}\" height=\"{Cell - 1}\" fill=\"{Colour(value)}\"><title>{E(matrix.Columns[i])} × {E(matrix.Columns[j])}: {Format(value)}</title></rect>");
                if (n <= MaxValueLabels)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (Cell / 2)}\" y=\"{y + (Cell / 2) + 4}\" text-anchor=\"middle\" font-size=\"9\" fill=\"#1f2937\">{Format(value)}</text>");
                }
            }
        }
        svg.Append("</svg>");
        return InlineSvg.Name(svg.ToString(), title, size, size);
    }

    private static string Colour(double value)
    {
        if (double.IsNaN(value))
        {
            return "#e5e7eb";
        }
        // White to red-300 (#fca5a5) for positive values, to blue-300 (#93c5fd) for negative ones.
        var (r, g, b) = value >= 0 ? (252, 165, 165) : (147, 197, 253);
        var t = Math.Min(1, Math.Abs(value));
        return string.Create(CultureInfo.InvariantCulture, $"#{Mix(r, t):x2}{Mix(g, t):x2}{Mix(b, t):x2}");
    }

    private static int Mix(int channel, double t) => (int)Math.Round(255 + ((channel - 255) * t));

    private static string Format(double value) => double.IsNaN(value) ? "–" : value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Shorten(string name) => name.Length <= 20 ? name : name[..19] + "…";
}
