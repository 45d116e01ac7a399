using System.Text.Json;
using System.Text.Json.Nodes;
using CiCd.GitHub.Api;
using CiCd.GitHub.PullRequests;

namespace CiCd.GitHub.Issues;

/// <summary>
/// Keeps at most one open issue per marker: the drift monitor runs daily, and a new issue every day
/// for the same drift would bury it. An open marked issue is updated; a closed one means people
/// dealt with it, so a new drift opens a new issue.
/// </summary>
public sealed class IssueTracker(GitHubClient client)
{
    /// <summary>Opens or updates the marked issue with <paramref name="title"/>, <paramref name="markdown"/> and <paramref name="label"/>.</summary>
    public async Task<IssueResult> UpsertAsync(CommentMarker marker, string title, string markdown, string label, CancellationToken cancel)
    {
        var body = CommentBody.Compose(marker, markdown);
        // Found by the marker, not the label: GitHub silently drops labels a token may not set, and a missing
        // label must not turn tomorrow's run into a second issue.
        var open = await client.ListAsync($"repos/{client.Repository}/issues?state=open", cancel).ConfigureAwait(false);
        // The issues list also returns pull requests; they carry a "pull_request" field.
        var existing = open
            .Where(i => !i.TryGetProperty("pull_request", out _) && marker.Opens(JsonFields.Text(i, "body")))
            .OrderBy(i => JsonFields.Id(i, "number"))
            .Select(i => (JsonElement?)i)
            .FirstOrDefault();
        if (existing is { } found)
        {
            var number = JsonFields.Id(found, "number");
            await client.SendAsync(HttpMethod.Patch, $"repos/{client.Repository}/issues/{number}",
                new JsonObject { ["title"] = title, ["body"] = body }, cancel).ConfigureAwait(false);
            return new IssueResult(number, Created: false, JsonFields.Text(found, "html_url"));
        }
        var created = await client.SendAsync(HttpMethod.Post, $"repos/{client.Repository}/issues",
            new JsonObject { ["title"] = title, ["body"] = body, ["labels"] = new JsonArray(label) }, cancel).ConfigureAwait(false)
            ?? throw new JsonException("GitHub returned no issue for the one just created");
        return new IssueResult(JsonFields.Id(created, "number"), Created: true, JsonFields.Text(created, "html_url"));
    }
}
