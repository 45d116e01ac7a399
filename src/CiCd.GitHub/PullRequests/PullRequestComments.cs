using System.Text.Json;
using System.Text.Json.Nodes;
using CiCd.GitHub.Api;

namespace CiCd.GitHub.PullRequests;

/// <summary>
/// Keeps one comment per marker on a pull request: finds it among every page of comments, edits it when the
/// text changed, creates it only when none exists. CML's most-voted complaint was a new comment per push.
/// </summary>
public sealed class PullRequestComments(GitHubClient client)
{
    /// <summary>Creates or updates the marked comment on pull request <paramref name="number"/>.</summary>
    public async Task<CommentResult> UpsertAsync(int number, CommentMarker marker, string markdown, CancellationToken cancel)
    {
        var body = CommentBody.Compose(marker, markdown);
        var truncated = body.Length != marker.Html.Length + 1 + markdown.Length;
        var comments = await client.ListAsync($"repos/{client.Repository}/issues/{number}/comments", cancel).ConfigureAwait(false);
        // The oldest marked comment is the one reviewers have been reading; later duplicates are never made here.
        var existing = comments
            .Where(c => marker.Opens(JsonFields.Text(c, "body")))
            .OrderBy(c => JsonFields.Id(c))
            .Select(c => (JsonElement?)c)
            .FirstOrDefault();
        if (existing is { } found)
        {
            var id = JsonFields.Id(found);
            if (JsonFields.Text(found, "body") == body)
            {
                return new CommentResult(CommentOutcome.Unchanged, id, JsonFields.Text(found, "html_url"), truncated);
            }
            var updated = await client.SendAsync(HttpMethod.Patch, $"repos/{client.Repository}/issues/comments/{id}",
                new JsonObject { ["body"] = body }, cancel).ConfigureAwait(false);
            return new CommentResult(CommentOutcome.Updated, id, updated is { } u ? JsonFields.Text(u, "html_url") : null, truncated);
        }
        var created = await client.SendAsync(HttpMethod.Post, $"repos/{client.Repository}/issues/{number}/comments",
            new JsonObject { ["body"] = body }, cancel).ConfigureAwait(false)
            ?? throw new GitHubApiException("POST", $"repos/{client.Repository}/issues/{number}/comments", System.Net.HttpStatusCode.NoContent, "the new comment was not returned");
        return new CommentResult(CommentOutcome.Created, JsonFields.Id(created), JsonFields.Text(created, "html_url"), truncated);
    }
}
