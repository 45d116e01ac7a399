namespace CiCd.Reporting.Html;

/// <summary>A table column: its header, and whether it holds numbers (right-aligned, sorted by value).</summary>
internal sealed record HtmlColumn(string Name, bool Numeric)
{
    public static HtmlColumn Text(string name) => new(name, false);

    public static HtmlColumn Number(string name) => new(name, true);
}
