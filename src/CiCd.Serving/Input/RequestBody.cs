using System.Buffers;
using System.IO.Compression;
using System.Text;
using CiCd.Formats;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace CiCd.Serving.Input;

/// <summary>Reads a request body within the size limit, after checking its media type, charset and content encoding.</summary>
public static class RequestBody
{
    private const long InitialBuffer = 4096;

    // A declared length only sizes the first buffer up to this; the body still has to arrive to grow it.
    private const long MaxInitialBuffer = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>The body's format; anything but JSON (or CSV when <paramref name="allowCsv"/>) in UTF-8 is a 415.</summary>
    public static BodyFormat Format(HttpRequest request, bool allowCsv)
    {
        var accepted = allowCsv ? "application/json or text/csv" : "application/json";
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type))
        {
            throw Unsupported($"send Content-Type {accepted}");
        }
        var charset = HeaderUtilities.RemoveQuotes(type.Charset).Value;
        // MLflow's rule: UTF-8 only; clients that say nothing get UTF-8.
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            throw Unsupported($"charset '{charset}' is not supported; send UTF-8");
        }
        if (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            return BodyFormat.Json;
        }
        if (allowCsv && type.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return BodyFormat.Csv;
        }
        throw Unsupported($"Content-Type '{type.MediaType}' is not supported; send {accepted}");
    }

    /// <summary>
    /// The whole body, decoded when its Content-Encoding is gzip, deflate or br (another is a 415), or a 413 once it passes
    /// <paramref name="limit"/> bytes: the limit holds for the decoded size, so a small bomb stops where a plain body would.
    /// </summary>
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, long limit, CancellationToken cancel)
    {
        var encoding = ContentEncoding(request);
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }
        // Kestrel enforces the same limit while reading; the check below covers servers that do not (tests, chunked bodies).
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }
        using var buffer = new MemoryStream((int)Math.Min(request.ContentLength ?? InitialBuffer, MaxInitialBuffer));
        var body = encoding switch
        {
            "gzip" or "x-gzip" => new GZipStream(request.Body, CompressionMode.Decompress, leaveOpen: true),
            "deflate" => new ZLibStream(request.Body, CompressionMode.Decompress, leaveOpen: true),
            "br" => new BrotliStream(request.Body, CompressionMode.Decompress, leaveOpen: true),
            _ => request.Body,
        };
        // Pooled: a fresh 16 KiB chunk per single-row request was most of what the request allocated.
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await ReadChunkAsync(body, chunk, limit, cancel)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw TooLarge(limit);
                }
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
            if (body != request.Body)
            {
                await body.DisposeAsync();
            }
        }
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    /// <summary>The body as text; bytes that are not UTF-8 are a 400.</summary>
    public static string Text(ReadOnlyMemory<byte> body)
    {
        try
        {
            return StrictUtf8.GetString(body.Span);
        }
        catch (DecoderFallbackException e)
        {
            throw InputProblemException.Malformed("Not UTF-8", "the body is not valid UTF-8 text", inner: e);
        }
    }

    // The one coding a body may carry (lower case), or "identity"; a chain of codings or an unknown one is a 415.
    private static string ContentEncoding(HttpRequest request)
    {
        var header = request.Headers.ContentEncoding.ToString().Trim();
        var encoding = header.Length == 0 ? "identity" : header.ToLowerInvariant();
        return encoding is "identity" or "gzip" or "x-gzip" or "deflate" or "br"
            ? encoding
            : throw Unsupported($"Content-Encoding '{ClientText.Name(header)}' is not supported; send gzip, deflate, br or an unencoded body");
    }

    private static async Task<int> ReadChunkAsync(Stream body, byte[] chunk, long limit, CancellationToken cancel)
    {
        try
        {
            return await body.ReadAsync(chunk, cancel);
        }
        // Brotli reports bad data as an invalid operation; gzip and zlib as invalid data.
        catch (Exception e) when (e is InvalidDataException || (e is InvalidOperationException && body is BrotliStream))
        {
            throw InputProblemException.Malformed("Malformed compressed body", "the body could not be decoded with its Content-Encoding", inner: e);
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own verdict on the body (too large, too slow, bad framing) is the client's mistake, answered as such.
            throw e.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => TooLarge(limit, e),
                StatusCodes.Status408RequestTimeout => new InputProblemException(e.StatusCode, "Body too slow",
                    "the body arrived slower than the server's minimum data rate, or stopped before its Content-Length", inner: e),
                _ => new InputProblemException(e.StatusCode, "Malformed body framing",
                    "the body's framing is invalid (chunked encoding or Content-Length)", inner: e),
            };
        }
    }

    private static InputProblemException Unsupported(string detail) =>
        new(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", detail);

    private static InputProblemException TooLarge(long limit, Exception? inner = null) =>
        new(StatusCodes.Status413PayloadTooLarge, "Body too large", $"the body is larger than the limit of {Counted.Of(limit, "byte")}", inner: inner);
}
