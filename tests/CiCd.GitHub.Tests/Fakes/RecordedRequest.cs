using System.Text.Json;

namespace CiCd.GitHub.Tests.Fakes;

/// <summary>One request the fake received: method, path with query, headers and JSON body.</summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, JsonElement? Body)
{
    public string Path => PathAndQuery.Split('?')[0];

    public string? BodyText(string property) =>
        Body is { } body && body.TryGetProperty(property, out var value) ? value.ToString() : null;
}
