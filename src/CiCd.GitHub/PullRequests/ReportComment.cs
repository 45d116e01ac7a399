using System.Text;

namespace CiCd.GitHub.PullRequests;

/// <summary>
/// The text of the pull request's report comment: the reports this run wrote, and a footer naming the run
/// and commit. When the run stopped before writing any report, the comment says so, so that reviewers never
/// read the previous push's green report under a red check.
/// </summary>
public static class ReportComment
{
    /// <summary>Joins <paramref name="reports"/> (Markdown, in order) and adds the footer.</summary>
    public static string Compose(IReadOnlyList<string> reports, string? runUrl, string? commit)
    {
        var text = new StringBuilder();
        if (reports.Count == 0)
        {
            text.Append("## ❌ No report\n\nThis run stopped before it wrote its report (a build, lint or test step failed); see the run's log.\n");
        }
        foreach (var report in reports)
        {
            text.Append(report.TrimEnd()).Append("\n\n");
        }
        var run = runUrl is null ? "this run" : $"[this run]({runUrl})";
        var at = commit is null ? "" : $" at `{commit[..Math.Min(12, commit.Length)]}`";
        text.Append($"\n<sub>Updated by {run}{at}; one comment per pull request, edited in place.</sub>\n");
        return text.ToString();
    }
}
