using System.Net;
using CiCd.Errors;

namespace CiCd.GitHub.Api;

/// <summary>A GitHub API call that failed: the method, the path, the status and GitHub's own message.</summary>
public sealed class GitHubApiException(string method, string path, HttpStatusCode status, string message)
    : MlopsException($"GitHub API {method} {path} answered {(int)status} {status}: {message}", ExitCodes.InputError)
{
    /// <summary>The HTTP status GitHub answered with.</summary>
    public HttpStatusCode Status { get; } = status;
}
