using CiCd.GitHub.Api;

namespace CiCd.Cli.Commands.GitHub;

/// <summary>A GitHub client for one command, built from the runner's environment variables.</summary>
internal sealed class GitHubSession : IDisposable
{
    private readonly HttpClient _http;

    private GitHubSession(GitHubContext context)
    {
        Context = context;
        _http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        Client = new GitHubClient(_http, context);
    }

    public GitHubContext Context { get; }

    public GitHubClient Client { get; }

    /// <summary>Reads GITHUB_TOKEN, GITHUB_REPOSITORY and the rest; a missing one is an input error naming it.</summary>
    public static GitHubSession FromEnvironment() => new(GitHubContext.FromVariables(Environment.GetEnvironmentVariable));

    public void Dispose() => _http.Dispose();
}
