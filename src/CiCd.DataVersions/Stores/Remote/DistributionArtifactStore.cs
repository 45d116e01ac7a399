using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CiCd.DataVersions.Artifact;

namespace CiCd.DataVersions.Stores.Remote;

/// <summary>A repository of an OCI registry as an artifact store (blobs: HEAD, chunked upload, GET; manifests by tag).</summary>
public sealed class DistributionArtifactStore(DistributionClient client, TextWriter log, long chunkSize = DistributionArtifactStore.DefaultChunkSize) : IArtifactStore
{
    /// <summary>Bytes per PATCH: large enough to keep the request count low, small enough that a resume repeats little.</summary>
    public const long DefaultChunkSize = 32L << 20;

    /// <inheritdoc />
    public string Location => client.Location;

    /// <inheritdoc />
    public async Task<bool> HasBlobAsync(string digest, CancellationToken cancel)
    {
        using var response = await client.SendAsync(() => new HttpRequestMessage(HttpMethod.Head, client.Url($"blobs/{digest}")), cancel);
        return response.StatusCode switch
        {
            HttpStatusCode.OK => true,
            HttpStatusCode.NotFound => false,
            _ => throw await client.FailureAsync(response, $"checking blob {digest} in {Location}", cancel),
        };
    }

    /// <inheritdoc />
    public Task PutBlobAsync(BlobSource blob, DataProgress progress, CancellationToken cancel) =>
        new BlobUpload(client, log, chunkSize).SendAsync(blob, progress, cancel);

    /// <inheritdoc />
    public async Task<Stream> OpenBlobAsync(OciDescriptor blob, CancellationToken cancel)
    {
        var response = await client.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, client.Url($"blobs/{blob.Digest}")), cancel,
            HttpCompletionOption.ResponseHeadersRead);
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw await client.FailureAsync(response, $"reading blob {blob.Digest} from {Location}", cancel);
            }
        }
        return await response.Content.ReadAsStreamAsync(cancel);
    }

    /// <inheritdoc />
    public async Task PutManifestAsync(byte[] manifest, string tag, CancellationToken cancel)
    {
        using var response = await client.SendAsync(() =>
        {
            var content = new ByteArrayContent(manifest);
            content.Headers.ContentType = new MediaTypeHeaderValue(DataMediaTypes.Manifest);
            return new HttpRequestMessage(HttpMethod.Put, client.Url($"manifests/{tag}")) { Content = content };
        }, cancel);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw await client.FailureAsync(response, $"tagging {Location}:{tag}", cancel);
        }
    }

    /// <inheritdoc />
    public async Task<StoredManifest?> GetManifestAsync(string reference, CancellationToken cancel)
    {
        using var response = await client.SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, client.Url($"manifests/{reference}"));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(DataMediaTypes.Manifest));
            return request;
        }, cancel);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        if (!response.IsSuccessStatusCode)
        {
            throw await client.FailureAsync(response, $"reading {Location}:{reference}", cancel);
        }
        var bytes = await response.Content.ReadAsByteArrayAsync(cancel);
        return new StoredManifest(bytes, Digests.Of(bytes));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListTagsAsync(CancellationToken cancel)
    {
        using var response = await client.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, client.Url("tags/list")), cancel);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return [];
        }
        if (!response.IsSuccessStatusCode)
        {
            throw await client.FailureAsync(response, $"listing the tags of {Location}", cancel);
        }
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancel));
        return body.RootElement.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array
            ? [.. tags.EnumerateArray().Select(t => t.GetString()!).Order(StringComparer.Ordinal)]
            : [];
    }
}
