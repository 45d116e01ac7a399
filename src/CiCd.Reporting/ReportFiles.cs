namespace CiCd.Reporting;

/// <summary>The files <c>mlops report</c> writes into its output folder.</summary>
public static class ReportFiles
{
    /// <summary>The self-contained HTML report.</summary>
    public const string Html = "report.html";

    /// <summary>The Markdown summary for a pull request or a job summary.</summary>
    public const string Markdown = "summary.md";

    /// <summary>The report's data, JSON.</summary>
    public const string Json = "report.json";
}
