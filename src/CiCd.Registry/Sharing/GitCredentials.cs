using System.Text;

namespace CiCd.Registry.Sharing;

/// <summary>
/// The job token as an HTTP header for the GitHub server only, passed to git through GIT_CONFIG_* variables:
/// the checkout keeps no credentials (persist-credentials: false) and the token never appears on a command line.
/// </summary>
public static class GitCredentials
{
    /// <summary>The git environment for <paramref name="variables"/> (GITHUB_TOKEN, GITHUB_SERVER_URL); empty without a token.</summary>
    public static IReadOnlyDictionary<string, string> From(IReadOnlyDictionary<string, string?> variables)
    {
        if (variables.GetValueOrDefault("GITHUB_TOKEN") is not { Length: > 0 } token)
        {
            return new Dictionary<string, string>();
        }
        var server = (variables.GetValueOrDefault("GITHUB_SERVER_URL") is { Length: > 0 } url ? url : "https://github.com").TrimEnd('/');
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"x-access-token:{token}"));
        return new Dictionary<string, string>
        {
            ["GIT_CONFIG_COUNT"] = "1",
            ["GIT_CONFIG_KEY_0"] = $"http.{server}/.extraheader",
            ["GIT_CONFIG_VALUE_0"] = $"AUTHORIZATION: basic {basic}",
        };
    }

    /// <summary>The same, from this process's environment.</summary>
    public static IReadOnlyDictionary<string, string> FromEnvironment() =>
        From(new Dictionary<string, string?>
        {
            ["GITHUB_TOKEN"] = Environment.GetEnvironmentVariable("GITHUB_TOKEN"),
            ["GITHUB_SERVER_URL"] = Environment.GetEnvironmentVariable("GITHUB_SERVER_URL"),
        });
}
