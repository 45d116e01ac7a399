using System.Text.Json;
using CiCd.Errors;

namespace CiCd.GitHub.PullRequests;

/// <summary>The parts of a <c>pull_request</c> event payload the comment needs: the number, and where the head comes from.</summary>
/// <param name="Number">The pull request's number.</param>
/// <param name="HeadRepository">The repository of the head branch, <c>owner/name</c>.</param>
/// <param name="BaseRepository">The repository the pull request targets.</param>
public sealed record PullRequestEvent(int Number, string HeadRepository, string BaseRepository)
{
    /// <summary>A pull request from a fork runs with a read-only token, so it cannot be commented on.</summary>
    public bool FromFork => !string.Equals(HeadRepository, BaseRepository, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads GITHUB_EVENT_PATH's payload; null when the event is not about a pull request.</summary>
    public static PullRequestEvent? Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, null, null, "the event payload (GITHUB_EVENT_PATH) does not exist");
        }
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            if (!document.RootElement.TryGetProperty("pull_request", out var pull) || pull.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            return new PullRequestEvent(
                pull.GetProperty("number").GetInt32(),
                pull.GetProperty("head").GetProperty("repo").GetProperty("full_name").GetString() ?? "",
                pull.GetProperty("base").GetProperty("repo").GetProperty("full_name").GetString() ?? "");
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InputException(path, null, null, $"not a pull_request event payload: {e.Message}", e);
        }
    }
}
