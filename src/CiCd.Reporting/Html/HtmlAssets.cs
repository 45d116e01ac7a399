namespace CiCd.Reporting.Html;

/// <summary>The stylesheet and the sorting script, embedded in the assembly and inlined into every report.</summary>
internal static class HtmlAssets
{
    public static string Css { get; } = Read("CiCd.Reporting.Html.report.css");

    public static string Script { get; } = Read("CiCd.Reporting.Html.report.js");

    private static string Read(string name)
    {
        using var stream = typeof(HtmlAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"resource {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
