using CiCd.GitHub.Text;

namespace CiCd.GitHub.PullRequests;

/// <summary>Composes a marked comment body that fits GitHub's limit on comment length.</summary>
public static class CommentBody
{
    /// <summary>GitHub refuses issue and pull-request comments longer than this many characters.</summary>
    public const int MaxCharacters = 65_536;

    /// <summary>Appended when the report had to be cut.</summary>
    public const string TruncatedNotice = "\n\n> ✂️ Truncated to fit GitHub's comment limit; the full report is in the job summary and the run's artefacts.\n";

    /// <summary>The marker, a line break, and the Markdown cut to fit.</summary>
    public static string Compose(CommentMarker marker, string markdown)
    {
        var head = marker.Html + "\n";
        return head + TextBudget.Fit(markdown, MaxCharacters - head.Length, TextBudget.Characters, TruncatedNotice);
    }
}
