using CiCd.Data.Profiling;
using CiCd.Formats;
using CiCd.Storage;

namespace CiCd.Reporting.Profile;

/// <summary>The files <c>mlops data profile</c> writes into its output folder, each atomically.</summary>
public static class ProfileFiles
{
    /// <summary>The self-contained HTML page.</summary>
    public const string Html = "profile.html";

    /// <summary>The profile's data.</summary>
    public const string Json = "profile.json";

    /// <summary>The Markdown summary.</summary>
    public const string Markdown = "profile.md";

    /// <summary>The pull request's data section, against the baseline when there is one.</summary>
    public const string Summary = "summary.md";

    /// <summary>
    /// Writes the files into <paramref name="folder"/>, over-long levels clipped (<see cref="ReportedLevels"/>);
    /// <paramref name="baseline"/> is the profile the summary compares with.
    /// </summary>
    public static void Write(string folder, DataProfile profile, DataProfile? baseline = null)
    {
        profile = ReportedLevels.Of(profile);
        AtomicFile.WriteAllText(Path.Combine(folder, Summary), ProfileSummary.Render(profile, baseline));
        JsonReport.Write(Path.Combine(folder, Json), profile);
        AtomicFile.WriteAllText(Path.Combine(folder, Markdown), ProfileMarkdown.Render(profile));
        AtomicFile.WriteAllText(Path.Combine(folder, Html), ProfileHtml.Render(profile));
    }
}
