using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CiCd.Errors;

namespace CiCd.Image.Distribution;

/// <summary>
/// A user name and password for one registry: from <c>MLOPS_REGISTRY_USERNAME</c> / <c>MLOPS_REGISTRY_PASSWORD</c>,
/// else from the <c>auths</c> entry of the Docker config file (<c>$DOCKER_CONFIG/config.json</c> or <c>~/.docker/config.json</c>),
/// else, for GitHub's registry (<c>ghcr.io</c>), the workflow's <c>GITHUB_TOKEN</c> as <c>GITHUB_ACTOR</c>.
/// </summary>
public sealed record DistributionCredentials(string Username, string Password, string Source)
{
    /// <summary>Environment variable holding the user name.</summary>
    public const string UsernameVariable = "MLOPS_REGISTRY_USERNAME";

    /// <summary>Environment variable holding the password or token.</summary>
    public const string PasswordVariable = "MLOPS_REGISTRY_PASSWORD";

    /// <summary>GitHub's container registry, which takes a workflow's token.</summary>
    public const string GitHubRegistry = "ghcr.io";

    /// <summary>The credentials for <paramref name="host"/>, or null when none are configured (anonymous access).</summary>
    public static DistributionCredentials? Find(string? host, IReadOnlyDictionary<string, string?> environment, string? home)
    {
        if (environment.GetValueOrDefault(UsernameVariable) is { Length: > 0 } user)
        {
            return new DistributionCredentials(user, environment.GetValueOrDefault(PasswordVariable) ?? "", "environment");
        }
        var folder = environment.GetValueOrDefault("DOCKER_CONFIG") is { Length: > 0 } configured ? configured
            : home is not null ? Path.Combine(home, ".docker") : null;
        var file = folder is null ? null : Path.Combine(folder, "config.json");
        var fromConfig = host is null || file is null || !File.Exists(file) ? null : FromConfigFile(file, host);
        return fromConfig ?? FromGitHubToken(host, environment);
    }

    // GHCR's token service takes any user name with the token; the actor is what `docker login` in a workflow uses. The
    // token goes to ghcr.io only: another registry must never see a GitHub credential.
    private static DistributionCredentials? FromGitHubToken(string? host, IReadOnlyDictionary<string, string?> environment) =>
        host == GitHubRegistry && environment.GetValueOrDefault("GITHUB_TOKEN") is { Length: > 0 } token
            ? new DistributionCredentials(environment.GetValueOrDefault("GITHUB_ACTOR") is { Length: > 0 } actor ? actor : "x-access-token", token, "GITHUB_TOKEN")
            : null;

    /// <summary>The HTTP Basic header these credentials give (for the registry API and a token service).</summary>
    public AuthenticationHeaderValue BasicHeader() =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Username}:{Password}")));

    /// <summary>The credentials the process environment and home folder give for <paramref name="host"/>.</summary>
    public static DistributionCredentials? FromProcess(string? host)
    {
        var environment = new Dictionary<string, string?>
        {
            [UsernameVariable] = Environment.GetEnvironmentVariable(UsernameVariable),
            [PasswordVariable] = Environment.GetEnvironmentVariable(PasswordVariable),
            ["DOCKER_CONFIG"] = Environment.GetEnvironmentVariable("DOCKER_CONFIG"),
            ["GITHUB_TOKEN"] = Environment.GetEnvironmentVariable("GITHUB_TOKEN"),
            ["GITHUB_ACTOR"] = Environment.GetEnvironmentVariable("GITHUB_ACTOR"),
        };
        return Find(host, environment, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));
    }

    private static DistributionCredentials? FromConfigFile(string file, string host)
    {
        JsonDocument config;
        try
        {
            config = JsonDocument.Parse(File.ReadAllText(file));
        }
        catch (JsonException e)
        {
            throw new InputException(file, (int?)e.LineNumber + 1, null, $"not valid JSON: {e.Message}", e);
        }
        using (config)
        {
            if (!config.RootElement.TryGetProperty("auths", out var auths) || auths.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            foreach (var entry in auths.EnumerateObject())
            {
                if (HostOf(entry.Name) == host && entry.Value.TryGetProperty("auth", out var auth) && auth.GetString() is { Length: > 0 } encoded)
                {
                    return Decode(file, host, encoded);
                }
            }
        }
        return null;
    }

    // Entries are written as a bare host or as a URL (https://host/v1/); both name the same registry.
    private static string HostOf(string key) =>
        Uri.TryCreate(key, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.Authority : key.TrimEnd('/');

    private static DistributionCredentials Decode(string file, string host, string encoded)
    {
        string pair;
        try
        {
            pair = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
        }
        catch (FormatException e)
        {
            throw new InputException(file, null, null, $"auths.{host}.auth is not base64", e);
        }
        var colon = pair.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? throw new InputException(file, null, null, $"auths.{host}.auth does not decode to user:password")
            : new DistributionCredentials(pair[..colon], pair[(colon + 1)..], file);
    }
}
