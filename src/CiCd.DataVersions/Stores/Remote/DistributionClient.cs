using System.Net;
using System.Net.Http.Headers;
using CiCd.Errors;
using CiCd.Image.Distribution;

namespace CiCd.DataVersions.Stores.Remote;

/// <summary>
/// HTTP to one repository of a registry (distribution v2 API): Basic credentials as <c>mlops image push</c> finds them,
/// swapped for a bearer token when the registry asks for one (GHCR, Docker Hub). Messages name the credentials' source,
/// never their value.
/// </summary>
public sealed class DistributionClient(HttpClient http, ImageReference repository, DistributionCredentials? credentials)
{
    private readonly string _host = repository.RegistryHost
        ?? throw new InputException($"'{repository.Repository}' names no registry host (host:port/repository)");

    private AuthenticationHeaderValue? _token;

    /// <summary>host:port/repository.</summary>
    public string Location => repository.Repository;

    /// <summary>A client with the credentials of the environment or the Docker config file, as <c>mlops image push</c> uses.</summary>
    public static DistributionClient For(HttpClient http, ImageReference repository) =>
        new(http, repository, DistributionCredentials.FromProcess(repository.RegistryHost));

    /// <summary>The URL of <paramref name="path"/> under the repository (<c>blobs/…</c>, <c>manifests/…</c>, <c>tags/list</c>).</summary>
    public Uri Url(string path) =>
        new($"{(DistributionApi.IsLoopback(_host) ? "http" : "https")}://{_host}/v2/{repository.PathInRegistry}/{path}");

    /// <summary>An upload location the registry returned, made absolute.</summary>
    public Uri Resolve(Uri location) => location.IsAbsoluteUri ? location : new Uri(Url(""), location);

    /// <summary>
    /// Sends the request <paramref name="create"/> builds (again after a token challenge); a network failure is an
    /// <see cref="HttpRequestException"/> or <see cref="IOException"/> for the caller to resume from.
    /// </summary>
    public async Task<HttpResponseMessage> SendRawAsync(Func<HttpRequestMessage> create, CancellationToken cancel,
        HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        var response = await SendOnceAsync(create(), completion, cancel);
        if (response.StatusCode != HttpStatusCode.Unauthorized || BearerChallenge.From(response) is not { } challenge)
        {
            return response;
        }
        response.Dispose();
        _token = await challenge.FetchTokenAsync(http, credentials, _host, cancel);
        return await SendOnceAsync(create(), completion, cancel);
    }

    /// <summary>As <see cref="SendRawAsync"/>, with an unreachable registry as an input error.</summary>
    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> create, CancellationToken cancel,
        HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        try
        {
            return await SendRawAsync(create, cancel, completion);
        }
        catch (HttpRequestException e)
        {
            throw new MlopsException($"registry {_host} is not reachable ({e.Message})", ExitCodes.InputError, e);
        }
    }

    /// <summary>The user-facing error for a refused request: the status, the registry's reason, and what to check.</summary>
    public async Task<MlopsException> FailureAsync(HttpResponseMessage response, string action, CancellationToken cancel)
    {
        var reason = await DistributionErrors.ReadAsync(response, cancel);
        var who = credentials is null ? "no credentials (anonymous)" : $"the credentials from {credentials.Source}";
        var message = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => $"registry {_host} refused {who} for {action} (401 Unauthorized{reason}); set "
                + $"{DistributionCredentials.UsernameVariable}/{DistributionCredentials.PasswordVariable} or log in with docker login",
            HttpStatusCode.Forbidden => $"registry {_host} denied {action} to {who} (403 Forbidden{reason})",
            HttpStatusCode.MethodNotAllowed => $"registry {_host} does not accept writes: {action} was refused (405{reason}); is it read-only?",
            _ => $"registry {_host} answered {(int)response.StatusCode} {response.ReasonPhrase} for {action}{reason}",
        };
        return new MlopsException(message, ExitCodes.InputError);
    }

    private Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, HttpCompletionOption completion, CancellationToken cancel)
    {
        request.Headers.Authorization = _token ?? credentials?.BasicHeader();
        return http.SendAsync(request, completion, cancel);
    }
}
