using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CiCd.GitHub.Api;

namespace CiCd.GitHub.Tests.Fakes;

/// <summary>
/// An in-memory GitHub behind an <see cref="HttpMessageHandler"/>: issue comments (paginated), issues,
/// workflow dispatches and releases for one repository, with every request recorded.
/// </summary>
public sealed class FakeGitHub : HttpMessageHandler
{
    public const string Repository = "acme/credit";
    public const string Token = "ghs_test_token";

    private long _nextId = 1000;

    public List<RecordedRequest> Requests { get; } = [];

    public List<FakeComment> Comments { get; } = [];

    public List<FakeIssue> Issues { get; } = [];

    public List<FakeRelease> Releases { get; } = [];

    public List<(string Workflow, string Ref, JsonElement? Inputs)> Dispatches { get; } = [];

    /// <summary>When set, answers every request with this status and message instead.</summary>
    public (HttpStatusCode Status, string Message)? FailWith { get; set; }

    public GitHubClient Client() =>
        new(new HttpClient(this, disposeHandler: false), new GitHubContext(new Uri("https://api.example.test/"), Repository, Token, "pull_request", null, null));

    public FakeComment AddComment(int issue, string body)
    {
        var comment = new FakeComment(_nextId++, issue, body);
        Comments.Add(comment);
        return comment;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var text = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var body = string.IsNullOrEmpty(text) ? (JsonElement?)null : JsonDocument.Parse(text).RootElement.Clone();
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(request.Method.Method, request.RequestUri!.PathAndQuery.TrimStart('/'), headers, body);
        Requests.Add(recorded);
        if (FailWith is { } failure)
        {
            return Json(failure.Status, new JsonObject { ["message"] = failure.Message });
        }
        return Route(recorded, Query(request.RequestUri!));
    }

    private HttpResponseMessage Route(RecordedRequest r, IReadOnlyDictionary<string, string> query)
    {
        var prefix = $"repos/{Repository}/";
        if (!r.Path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return Json(HttpStatusCode.NotFound, new JsonObject { ["message"] = "Not Found" });
        }
        var path = r.Path[prefix.Length..];
        Match m;
        if ((m = Regex.Match(path, @"^issues/(\d+)/comments$")).Success && r.Method == "GET")
        {
            var issue = int.Parse(m.Groups[1].Value);
            return Page(Comments.Where(c => c.Issue == issue).OrderBy(c => c.Id).Select(ToJson), query);
        }
        if (m.Success && r.Method == "POST")
        {
            return Json(HttpStatusCode.Created, ToJson(AddComment(int.Parse(m.Groups[1].Value), r.BodyText("body")!)));
        }
        if ((m = Regex.Match(path, @"^issues/comments/(\d+)$")).Success && r.Method == "PATCH")
        {
            var index = Comments.FindIndex(c => c.Id == long.Parse(m.Groups[1].Value));
            Comments[index] = Comments[index] with { Body = r.BodyText("body")! };
            return Json(HttpStatusCode.OK, ToJson(Comments[index]));
        }
        if (path == "issues" && r.Method == "GET")
        {
            var label = query.GetValueOrDefault("labels");
            return Page(Issues.Where(i => i.Open && (label is null || i.Labels.Contains(label))).OrderByDescending(i => i.Number).Select(ToJson), query);
        }
        if (path == "issues" && r.Method == "POST")
        {
            var labels = r.Body!.Value.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).ToList();
            var issue = new FakeIssue(_nextId++, r.BodyText("title")!, r.BodyText("body")!, labels);
            Issues.Add(issue);
            return Json(HttpStatusCode.Created, ToJson(issue));
        }
        if ((m = Regex.Match(path, @"^issues/(\d+)$")).Success && r.Method == "PATCH")
        {
            var index = Issues.FindIndex(i => i.Number == long.Parse(m.Groups[1].Value));
            Issues[index] = Issues[index] with { Title = r.BodyText("title")!, Body = r.BodyText("body")! };
            return Json(HttpStatusCode.OK, ToJson(Issues[index]));
        }
        if ((m = Regex.Match(path, @"^actions/workflows/([^/]+)/dispatches$")).Success && r.Method == "POST")
        {
            Dispatches.Add((Uri.UnescapeDataString(m.Groups[1].Value), r.BodyText("ref")!,
                r.Body!.Value.TryGetProperty("inputs", out var inputs) ? inputs.Clone() : null));
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        }
        if ((m = Regex.Match(path, @"^releases/tags/(.+)$")).Success && r.Method == "GET")
        {
            var release = Releases.FirstOrDefault(x => x.Tag == Uri.UnescapeDataString(m.Groups[1].Value));
            return release is null ? Json(HttpStatusCode.NotFound, new JsonObject { ["message"] = "Not Found" }) : Json(HttpStatusCode.OK, ToJson(release));
        }
        if (path == "releases" && r.Method == "POST")
        {
            var release = new FakeRelease(_nextId++, r.BodyText("tag_name")!, r.BodyText("target_commitish")!, r.BodyText("name")!, r.BodyText("body")!);
            Releases.Add(release);
            return Json(HttpStatusCode.Created, ToJson(release));
        }
        if ((m = Regex.Match(path, @"^releases/(\d+)$")).Success && r.Method == "PATCH")
        {
            var index = Releases.FindIndex(x => x.Id == long.Parse(m.Groups[1].Value));
            Releases[index] = Releases[index] with { Name = r.BodyText("name")!, Body = r.BodyText("body")! };
            return Json(HttpStatusCode.OK, ToJson(Releases[index]));
        }
        return Json(HttpStatusCode.NotFound, new JsonObject { ["message"] = $"no fake route for {r.Method} {path}" });
    }

    private static HttpResponseMessage Page(IEnumerable<JsonObject> items, IReadOnlyDictionary<string, string> query)
    {
        var size = int.Parse(query.GetValueOrDefault("per_page", "30"));
        var page = int.Parse(query.GetValueOrDefault("page", "1"));
        var array = new JsonArray(items.Skip((page - 1) * size).Take(size).Select(i => (JsonNode)i).ToArray());
        return Json(HttpStatusCode.OK, array);
    }

    private static JsonObject ToJson(FakeComment c) => new()
    {
        ["id"] = c.Id,
        ["body"] = c.Body,
        ["html_url"] = $"https://github.example.test/{Repository}/pull/{c.Issue}#issuecomment-{c.Id}",
    };

    private static JsonObject ToJson(FakeIssue i)
    {
        var json = new JsonObject { ["number"] = i.Number, ["title"] = i.Title, ["body"] = i.Body, ["html_url"] = $"https://github.example.test/{Repository}/issues/{i.Number}" };
        if (i.IsPullRequest)
        {
            json["pull_request"] = new JsonObject { ["url"] = "x" };
        }
        return json;
    }

    private static JsonObject ToJson(FakeRelease x) => new()
    {
        ["id"] = x.Id,
        ["tag_name"] = x.Tag,
        ["name"] = x.Name,
        ["body"] = x.Body,
        ["html_url"] = $"https://github.example.test/{Repository}/releases/tag/{x.Tag}",
    };

    private static HttpResponseMessage Json(HttpStatusCode status, JsonNode body) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };

    private static Dictionary<string, string> Query(Uri uri) =>
        uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => p[0], p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""));
}
