using System.Text.Json;
using System.Text.Json.Nodes;
using CiCd.GitHub.Api;
using CiCd.GitHub.Text;

namespace CiCd.GitHub.Releases;

/// <summary>
/// Publishes a GitHub Release. Creating it with <c>target_commitish</c> also creates the git tag, so the
/// release job needs no git credentials (checkout keeps persist-credentials: false). Re-running updates the
/// same release instead of failing on the existing tag.
/// </summary>
public sealed class GitHubReleases(GitHubClient client)
{
    /// <summary>GitHub refuses release bodies longer than this many characters.</summary>
    public const int MaxBodyCharacters = 125_000;

    /// <summary>Appended when the notes had to be cut.</summary>
    public const string TruncatedNotice = "\n\n> ✂️ Truncated to fit GitHub's release-notes limit; the full notes are in the run's artefacts.\n";

    /// <summary>Creates the release for <paramref name="tag"/> at <paramref name="commit"/>, or updates its notes.</summary>
    public async Task<ReleaseResult> PublishAsync(string tag, string commit, string name, string notes, CancellationToken cancel)
    {
        var body = TextBudget.Fit(notes, MaxBodyCharacters, TextBudget.Characters, TruncatedNotice);
        var existing = await client.FindAsync($"repos/{client.Repository}/releases/tags/{Uri.EscapeDataString(tag)}", cancel).ConfigureAwait(false);
        if (existing is { } found)
        {
            var id = JsonFields.Id(found);
            await client.SendAsync(HttpMethod.Patch, $"repos/{client.Repository}/releases/{id}",
                new JsonObject { ["name"] = name, ["body"] = body }, cancel).ConfigureAwait(false);
            return new ReleaseResult(id, tag, Created: false, JsonFields.Text(found, "html_url"));
        }
        var created = await client.SendAsync(HttpMethod.Post, $"repos/{client.Repository}/releases", new JsonObject
        {
            ["tag_name"] = tag,
            ["target_commitish"] = commit,
            ["name"] = name,
            ["body"] = body,
            ["make_latest"] = "true",
        }, cancel).ConfigureAwait(false) ?? throw new JsonException("GitHub returned no release for the one just created");
        return new ReleaseResult(JsonFields.Id(created), tag, Created: true, JsonFields.Text(created, "html_url"));
    }
}
