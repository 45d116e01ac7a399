using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CiCd.GitHub.Api;

/// <summary>
/// A thin GitHub REST client: authenticated JSON requests relative to the API root, list pagination,
/// and errors that carry GitHub's message. The <see cref="HttpClient"/> is given, so tests pass a fake handler.
/// </summary>
public sealed class GitHubClient
{
    /// <summary>The REST API version every request asks for.</summary>
    public const string ApiVersion = "2022-11-28";

    // GitHub's maximum page size; a page with fewer items is the last one.
    private const int PageSize = 100;

    // Guards against a server that never stops returning full pages.
    private const int MaxPages = 100;

    private readonly HttpClient _http;
    private readonly Uri _root;
    private readonly string _token;

    /// <summary>Sends requests through <paramref name="http"/> to the API of <paramref name="context"/>.</summary>
    public GitHubClient(HttpClient http, GitHubContext context)
    {
        _http = http;
        _root = context.ApiUrl;
        _token = context.Token;
        Repository = context.Repository;
    }

    /// <summary>The repository the context names, <c>owner/name</c>.</summary>
    public string Repository { get; }

    /// <summary>GETs one resource; null when GitHub answers 404.</summary>
    public async Task<JsonElement?> FindAsync(string path, CancellationToken cancel)
    {
        using var response = await SendRawAsync(HttpMethod.Get, path, null, cancel).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await ReadAsync(HttpMethod.Get, path, response, cancel).ConfigureAwait(false);
    }

    /// <summary>GETs every page of a list resource (<paramref name="path"/> may already hold a query).</summary>
    public async Task<IReadOnlyList<JsonElement>> ListAsync(string path, CancellationToken cancel)
    {
        var items = new List<JsonElement>();
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        for (var page = 1; page <= MaxPages; page++)
        {
            var pagePath = $"{path}{separator}per_page={PageSize}&page={page}";
            var batch = await SendAsync(HttpMethod.Get, pagePath, null, cancel).ConfigureAwait(false);
            if (batch is not { ValueKind: JsonValueKind.Array } array)
            {
                throw new GitHubApiException("GET", pagePath, HttpStatusCode.OK, "expected a JSON list");
            }
            items.AddRange(array.EnumerateArray());
            if (array.GetArrayLength() < PageSize)
            {
                break;
            }
        }
        return items;
    }

    /// <summary>Sends a request with an optional JSON body; returns the JSON answer, or null for 204 No Content.</summary>
    public async Task<JsonElement?> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken cancel)
    {
        using var response = await SendRawAsync(method, path, body, cancel).ConfigureAwait(false);
        return await ReadAsync(method, path, response, cancel).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, JsonObject? body, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(method, new Uri(_root, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.github+json"));
        request.Headers.Add("X-GitHub-Api-Version", ApiVersion);
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("cicd-mlops", "1"));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }
        return await _http.SendAsync(request, cancel).ConfigureAwait(false);
    }

    private static async Task<JsonElement?> ReadAsync(HttpMethod method, string path, HttpResponseMessage response, CancellationToken cancel)
    {
        var text = await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new GitHubApiException(method.Method, path, response.StatusCode, MessageOf(text));
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static string MessageOf(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
                ? message.GetString() ?? text
                : text;
        }
        catch (JsonException)
        {
            return text.Length > 200 ? text[..200] : text;
        }
    }
}
