using System.Text.RegularExpressions;

namespace CiCd.GitHub.PullRequests;

/// <summary>
/// A hidden HTML comment that opens the bot's comment, so the next run finds and updates it instead of
/// adding another. The key lets one pull request carry several distinct comments (report, drift, …).
/// </summary>
public sealed partial record CommentMarker
{
    /// <summary>The marker of the pipeline's report comment.</summary>
    public static CommentMarker Report { get; } = new("cicd-report");

    /// <summary>Creates a marker; the key is lowercase letters, digits and dashes.</summary>
    public CommentMarker(string key)
    {
        if (!KeyPattern().IsMatch(key))
        {
            throw new ArgumentException($"a comment marker key is lowercase letters, digits and dashes, found '{key}'", nameof(key));
        }
        Key = key;
    }

    /// <summary>The key inside the marker.</summary>
    public string Key { get; }

    /// <summary>The marker as it opens the body.</summary>
    public string Html => $"<!-- {Key} -->";

    /// <summary>True when <paramref name="body"/> was written with this marker (it opens the body; a quote of it does not count).</summary>
    public bool Opens(string? body) => body is not null && body.StartsWith(Html, StringComparison.Ordinal);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
