using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace CiCd.DataVersions.Stores.Remote;

/// <summary>
/// One blob sent with the registry's chunked upload: POST opens a session, PATCHes with <c>Content-Range</c> send the
/// bytes, PUT with the digest closes it. When the connection breaks mid-PATCH the session is asked how much it holds
/// and the upload goes on from there; a registry that dropped the session gets a new one, whether the status check or
/// a later PATCH finds it gone (docker-registry can answer the check before it has finished with the broken request,
/// then refuse the session as "blob upload invalid").
/// </summary>
internal sealed class BlobUpload(DistributionClient client, TextWriter log, long chunkSize)
{
    /// <summary>How many broken connections one blob survives before the push gives up.</summary>
    public const int MaxResumes = 5;

    public async Task SendAsync(BlobSource blob, DataProgress progress, CancellationToken cancel)
    {
        var location = await StartAsync(cancel);
        long offset = 0;
        var resumes = 0;
        while (offset < blob.Length)
        {
            var size = Math.Min(chunkSize, blob.Length - offset);
            var before = progress.Done;
            try
            {
                (location, var end) = await PatchAsync(location, blob, offset, size, progress, cancel);
                offset = end;
            }
            catch (Exception e) when ((e is UploadSessionGoneException || (e is HttpRequestException or IOException && !cancel.IsCancellationRequested))
                && resumes < MaxResumes)
            {
                resumes++;
                // A session a PATCH found gone needs no status check: it is dropped like one the check finds gone.
                var status = e is UploadSessionGoneException ? null : await StatusAsync(location, cancel);
                (location, var held) = status ?? (await StartAsync(cancel), 0L);
                log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"upload of {blob.Digest[..19]} broke in bytes {offset}-{offset + size - 1} ({e.Message}); ")
                    + (status is null ? "the registry dropped the session, sending the blob again" : $"the registry holds {held}, resuming there"));
                progress.Advance(held - offset - (progress.Done - before));
                offset = held;
            }
        }
        await FinishAsync(location, blob.Digest, cancel);
    }

    private async Task<Uri> StartAsync(CancellationToken cancel)
    {
        using var response = await client.SendAsync(() => new HttpRequestMessage(HttpMethod.Post, client.Url("blobs/uploads/")), cancel);
        return response.StatusCode == HttpStatusCode.Accepted && response.Headers.Location is { } location
            ? client.Resolve(location)
            : throw await client.FailureAsync(response, $"an upload to {client.Location}", cancel);
    }

    private async Task<(Uri Location, long End)> PatchAsync(Uri location, BlobSource blob, long offset, long size, DataProgress progress, CancellationToken cancel)
    {
        using var response = await client.SendRawAsync(() =>
        {
            var content = new StreamContent(new CountingStream(blob.OpenAt(offset), size, progress), 1 << 20);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Headers.ContentLength = size;
            content.Headers.TryAddWithoutValidation("Content-Range", string.Create(CultureInfo.InvariantCulture, $"{offset}-{offset + size - 1}"));
            return new HttpRequestMessage(HttpMethod.Patch, location) { Content = content };
        }, cancel);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            throw new UploadSessionGoneException(await client.FailureAsync(response, $"a chunk of {blob.Digest} to {client.Location}", cancel));
        }
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw await client.FailureAsync(response, $"a chunk of {blob.Digest} to {client.Location}", cancel);
        }
        return (response.Headers.Location is { } next ? client.Resolve(next) : location, HeldBytes(response) ?? offset + size);
    }

    // GET on an upload session answers 204 with Range: 0-<last byte held>; a session the registry dropped is gone (404/400).
    private async Task<(Uri Location, long Held)?> StatusAsync(Uri location, CancellationToken cancel)
    {
        using var response = await client.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, location), cancel);
        return response.IsSuccessStatusCode
            ? (response.Headers.Location is { } next ? client.Resolve(next) : location, HeldBytes(response) ?? 0)
            : null;
    }

    private async Task FinishAsync(Uri location, string digest, CancellationToken cancel)
    {
        var separator = location.Query.Length > 0 ? "&" : "?";
        var url = new Uri($"{location}{separator}digest={Uri.EscapeDataString(digest)}");
        using var response = await client.SendAsync(() => new HttpRequestMessage(HttpMethod.Put, url) { Content = new ByteArrayContent([]) }, cancel);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw await client.FailureAsync(response, $"closing the upload of {digest} to {client.Location}", cancel);
        }
    }

    private static long? HeldBytes(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Range", out var values) && values.First().Split('-') is [_, var last]
            && long.TryParse(last, CultureInfo.InvariantCulture, out var end) ? end + 1 : null;
}
