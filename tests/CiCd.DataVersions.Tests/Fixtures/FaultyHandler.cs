using System.Net;

namespace CiCd.DataVersions.Tests.Fixtures;

/// <summary>
/// Breaks the connection during the n-th PATCH of an upload: after <c>cutAfter</c> bytes of its body (the registry gets
/// a truncated request), or before sending anything when <c>cutAfter</c> is 0. The <c>patchGone</c>-th PATCH (0: none)
/// is answered 404 "blob upload invalid" without reaching the registry, as docker-registry answers a session it dropped
/// after the status check said it was there.
/// </summary>
public sealed class FaultyHandler(int patchToBreak, long cutAfter, int patchGone = 0) : DelegatingHandler(new SocketsHttpHandler())
{
    private const string GoneAnswer = "{\"errors\":[{\"code\":\"BLOB_UPLOAD_INVALID\",\"message\":\"blob upload invalid\"}]}";

    private int _patches;

    public int Breaks { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var patch = request.Method == HttpMethod.Patch ? Interlocked.Increment(ref _patches) : 0;
        if (patch > 0 && patch == patchGone)
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound)
            {
                RequestMessage = request,
                Content = new StringContent(GoneAnswer, System.Text.Encoding.UTF8, "application/json"),
            };
        }
        if (patch == 0 || patch != patchToBreak)
        {
            return await base.SendAsync(request, cancellationToken);
        }
        Breaks++;
        if (cutAfter == 0)
        {
            throw new HttpRequestException(HttpRequestError.ConnectionError, "connection refused (injected)", null, HttpStatusCode.ServiceUnavailable);
        }
        var original = request.Content!;
        var body = await original.ReadAsStreamAsync(cancellationToken);
        var cut = new StreamContent(new CuttingStream(body, cutAfter));
        foreach (var header in original.Headers)
        {
            cut.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
        request.Content = cut;
        return await base.SendAsync(request, cancellationToken);
    }

    private sealed class CuttingStream(Stream inner, long cutAfter) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_read >= cutAfter)
            {
                throw new IOException("connection reset by peer (injected)");
            }
            var read = await inner.ReadAsync(buffer[..(int)Math.Min(buffer.Length, cutAfter - _read)], cancellationToken);
            _read += read;
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
