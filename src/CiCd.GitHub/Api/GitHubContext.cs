using CiCd.Errors;

namespace CiCd.GitHub.Api;

/// <summary>What a GitHub Actions runner tells a step through its environment, read once and checked.</summary>
/// <param name="ApiUrl">GITHUB_API_URL (https://api.github.com, or a GitHub Enterprise server's).</param>
/// <param name="Repository">GITHUB_REPOSITORY, <c>owner/name</c>.</param>
/// <param name="Token">GITHUB_TOKEN, passed to the step through <c>env:</c>.</param>
/// <param name="EventName">GITHUB_EVENT_NAME (push, pull_request, schedule, …).</param>
/// <param name="EventPath">GITHUB_EVENT_PATH, the event payload's JSON file.</param>
/// <param name="Sha">GITHUB_SHA, the commit the run is for.</param>
public sealed record GitHubContext(Uri ApiUrl, string Repository, string Token, string? EventName, string? EventPath, string? Sha)
{
    /// <summary>The run's page (GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID), when the runner said.</summary>
    public string? RunUrl { get; init; }

    /// <summary>The public GitHub API, used when GITHUB_API_URL is not set.</summary>
    public static Uri DefaultApiUrl { get; } = new("https://api.github.com/");

    /// <summary>Reads the variables; a missing token or repository is an input error naming the variable.</summary>
    public static GitHubContext FromVariables(Func<string, string?> variable)
    {
        var repository = Require(variable, "GITHUB_REPOSITORY");
        if (repository.Split('/') is not [{ Length: > 0 }, { Length: > 0 }])
        {
            throw new InputException($"GITHUB_REPOSITORY must be owner/name, found '{repository}'");
        }
        var api = variable("GITHUB_API_URL") is { Length: > 0 } url ? new Uri(url.TrimEnd('/') + "/") : DefaultApiUrl;
        var runUrl = (Blank(variable("GITHUB_SERVER_URL")), Blank(variable("GITHUB_RUN_ID"))) is ({ } server, { } run)
            ? $"{server.TrimEnd('/')}/{repository}/actions/runs/{run}"
            : null;
        return new GitHubContext(api, repository, Require(variable, "GITHUB_TOKEN"),
            Blank(variable("GITHUB_EVENT_NAME")), Blank(variable("GITHUB_EVENT_PATH")), Blank(variable("GITHUB_SHA")))
        {
            RunUrl = runUrl,
        };
    }

    private static string Require(Func<string, string?> variable, string name) =>
        Blank(variable(name)) ?? throw new InputException(
            $"{name} is not set; on GitHub Actions pass it to the step (env: {name}: ${{{{ {(name == "GITHUB_TOKEN" ? "secrets.GITHUB_TOKEN" : "github.repository")} }}}})");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
