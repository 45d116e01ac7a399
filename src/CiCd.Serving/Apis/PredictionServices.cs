using CiCd.Serving.Hosting;
using CiCd.Serving.Input;
using CiCd.Serving.Model;
using CiCd.Serving.Telemetry;
using Microsoft.Extensions.Options;

namespace CiCd.Serving.Apis;

/// <summary>What every prediction handler needs, bound with <c>[AsParameters]</c>.</summary>
public sealed record PredictionServices(HttpContext Context, ModelSlot Slot, PredictionObserver Observer, ServingMetrics Metrics, IOptions<ServingOptions> Options)
{
    private const int MaxRequestIdLength = 128;

    /// <summary>Checks the media type (415), then reads the body within the size limit (413).</summary>
    public async Task<(BodyFormat Format, ReadOnlyMemory<byte> Body)> ReadBodyAsync(bool allowCsv, CancellationToken cancel)
    {
        var format = RequestBody.Format(Context.Request, allowCsv);
        return (format, await RequestBody.ReadAsync(Context.Request, Options.Value.MaxBodyBytes, cancel));
    }

    /// <summary>The caller's X-Request-Id when it is reasonable, else the server's trace identifier.</summary>
    public string RequestId => Context.Request.Headers["X-Request-Id"].ToString() is { Length: > 0 and <= MaxRequestIdLength } id
        ? id
        : Context.TraceIdentifier;
}
