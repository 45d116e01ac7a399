using System.Net;
using System.Text.Json.Nodes;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>An RFC 9457 answer as the tests read it.</summary>
public sealed record Problem(HttpStatusCode Status, string? Title, string? Detail, string? Field, int? Row, string? MediaType)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return new Problem(response.StatusCode, (string?)body["title"], (string?)body["detail"], (string?)body["field"],
            (int?)body["row"], response.Content.Headers.ContentType?.MediaType);
    }
}
