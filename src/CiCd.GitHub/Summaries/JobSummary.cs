using CiCd.GitHub.Text;

namespace CiCd.GitHub.Summaries;

/// <summary>
/// Appends Markdown to a step's job summary (GITHUB_STEP_SUMMARY) without crossing GitHub's 1 MiB per-step
/// limit, past which GitHub drops the whole summary with an error: what does not fit is cut with a notice.
/// </summary>
public static class JobSummary
{
    /// <summary>GitHub's limit on one step's summary file, in bytes.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>Appended when a report had to be cut.</summary>
    public const string TruncatedNotice = "\n\n> ✂️ Truncated to fit GitHub's 1 MiB job-summary limit; the full report is in the run's artefacts.\n";

    /// <summary>Appends <paramref name="markdown"/> and a blank line; returns how many bytes were written and whether it was cut.</summary>
    public static SummaryResult Append(string summaryFile, string markdown)
    {
        var used = File.Exists(summaryFile) ? new FileInfo(summaryFile).Length : 0;
        var budget = (int)Math.Max(0, MaxBytes - used);
        var text = TextBudget.Fit(markdown + "\n\n", budget, TextBudget.Utf8Bytes, TruncatedNotice);
        if (text.Length > 0)
        {
            // Appending, not replacing: earlier commands of the same step wrote their own sections.
            File.AppendAllText(summaryFile, text);
        }
        return new SummaryResult(TextBudget.Utf8Bytes(text), text != markdown + "\n\n");
    }
}
