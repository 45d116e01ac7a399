using CiCd.Data.Profiling;
using CiCd.Reports;
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

    /// <summary>Writes the three files into <paramref name="folder"/>.</summary>
    public static void Write(string folder, DataProfile profile)
    {
        JsonReport.Write(Path.Combine(folder, Json), profile);
        AtomicFile.WriteAllText(Path.Combine(folder, Markdown), ProfileMarkdown.Render(profile));
        AtomicFile.WriteAllText(Path.Combine(folder, Html), ProfileHtml.Render(profile));
    }
}
