using System.Net;
using System.Net.Http.Headers;
using CiCd.Errors;

namespace CiCd.Image.Distribution;

/// <summary>
/// The registry's HTTP API (distribution v2), used to check what a tag resolves to independently of the engine:
/// a HEAD on the manifest answers with <c>Docker-Content-Digest</c>.
/// </summary>
public sealed class DistributionApi(HttpClient http, DistributionCredentials? credentials, bool insecure)
{
    // The engine pushes schema 2 manifests (or OCI ones); asking for both makes the registry answer with the stored digest.
    private static readonly string[] ManifestTypes =
    [
        "application/vnd.docker.distribution.manifest.v2+json",
        "application/vnd.docker.distribution.manifest.list.v2+json",
        "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.oci.image.index.v1+json",
    ];

    /// <summary>The digest <paramref name="reference"/>'s tag resolves to in its registry, or null when the tag is unknown there.</summary>
    public async Task<string?> ResolveAsync(ImageReference reference, CancellationToken cancel)
    {
        var host = reference.RegistryHost ?? throw new InputException($"'{reference}' names no registry host (host:port/repository)");
        var tag = reference.Tag ?? reference.Digest ?? "latest";
        var scheme = insecure ? "http" : "https";
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri($"{scheme}://{host}/v2/{reference.PathInRegistry}/manifests/{tag}"));
        foreach (var type in ManifestTypes)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(type));
        }
        if (credentials is not null)
        {
            request.Headers.Authorization = credentials.BasicHeader();
        }
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancel);
        }
        catch (HttpRequestException e)
        {
            throw new MlopsException($"registry {host} is not reachable ({e.Message})", ExitCodes.InputError, e);
        }
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }
            if (!response.IsSuccessStatusCode)
            {
                throw new MlopsException($"registry {host} answered {(int)response.StatusCode} {response.ReasonPhrase} for {reference}", ExitCodes.InputError);
            }
            return response.Headers.TryGetValues("Docker-Content-Digest", out var values) ? values.First()
                : throw new MlopsException($"registry {host} did not say which digest {reference} resolves to (no Docker-Content-Digest header)", ExitCodes.InputError);
        }
    }

    /// <summary>Whether the engine and this client should speak plain HTTP to <paramref name="host"/>: loopback registries, as the engine itself assumes.</summary>
    public static bool IsLoopback(string host)
    {
        var name = host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[') ? host[..host.LastIndexOf(':')] : host;
        return name == "localhost" || IPAddress.TryParse(name.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }
}
