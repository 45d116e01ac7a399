namespace CiCd.Monitoring.Analysis;

/// <summary>The files <c>mlops drift</c> writes into its output folder.</summary>
public static class DriftFiles
{
    /// <summary>The machine-readable report.</summary>
    public const string Json = "drift.json";

    /// <summary>The Markdown summary (pull requests, job summaries).</summary>
    public const string Markdown = "drift.md";

    /// <summary>The self-contained HTML report with charts.</summary>
    public const string Html = "drift.html";
}
