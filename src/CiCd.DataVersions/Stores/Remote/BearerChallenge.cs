using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using CiCd.Errors;
using CiCd.Image.Distribution;

namespace CiCd.DataVersions.Stores.Remote;

/// <summary>A registry's <c>WWW-Authenticate: Bearer realm=…,service=…,scope=…</c>: where to swap credentials for a token.</summary>
internal sealed partial record BearerChallenge(string Realm, string? Service, string? Scope)
{
    public static BearerChallenge? From(HttpResponseMessage response)
    {
        var header = response.Headers.WwwAuthenticate.FirstOrDefault(h => h.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase));
        if (header?.Parameter is not { } parameter)
        {
            return null;
        }
        // A quoted value may hold commas (scope="repository:data:pull,push"): split on the commas between parameters only.
        var values = Parameter().Matches(parameter)
            .ToDictionary(m => m.Groups["key"].Value, m => m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Groups["bare"].Value.Trim(),
                StringComparer.OrdinalIgnoreCase);
        return values.TryGetValue("realm", out var realm)
            ? new BearerChallenge(realm, values.GetValueOrDefault("service"), values.GetValueOrDefault("scope"))
            : null;
    }

    public async Task<AuthenticationHeaderValue> FetchTokenAsync(HttpClient http, DistributionCredentials? credentials, string host, CancellationToken cancel)
    {
        var query = string.Join('&', new[] { ("service", Service), ("scope", Scope) }
            .Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
        using var request = new HttpRequestMessage(HttpMethod.Get, query.Length == 0 ? Realm : $"{Realm}?{query}");
        request.Headers.Authorization = credentials?.BasicHeader();
        using var response = await http.SendAsync(request, cancel);
        if (!response.IsSuccessStatusCode)
        {
            var who = credentials is null ? "anonymous access" : $"the credentials from {credentials.Source}";
            throw new MlopsException($"registry {host}'s token service refused {who} ({(int)response.StatusCode} {response.ReasonPhrase})", ExitCodes.InputError);
        }
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancel));
        var token = body.RootElement.TryGetProperty("token", out var t) ? t.GetString()
            : body.RootElement.TryGetProperty("access_token", out var a) ? a.GetString() : null;
        return new AuthenticationHeaderValue("Bearer", token ?? throw new MlopsException($"registry {host}'s token service gave no token", ExitCodes.InputError));
    }

    [GeneratedRegex(@"(?<key>[A-Za-z_]+)\s*=\s*(?:""(?<quoted>[^""]*)""|(?<bare>[^,]*))")]
    private static partial Regex Parameter();
}
