using CiCd.Serving.Hosting;
using CiCd.Serving.Input;
using CiCd.Serving.Model;
using CiCd.Serving.Telemetry;
using Microsoft.Extensions.Options;

namespace CiCd.Serving.Apis;

/// <summary>What every prediction handler needs, bound with <c>[AsParameters]</c>.</summary>
public sealed record PredictionServices(HttpContext Context, ModelSlot Slot, PredictionObserver Observer, ServingMetrics Metrics, IOptions<ServingOptions> Options)
{
    /// <summary>Checks the media type (415), then reads the body within the size limit (413).</summary>
    public async Task<(BodyFormat Format, ReadOnlyMemory<byte> Body)> ReadBodyAsync(bool allowCsv, CancellationToken cancel)
    {
        var format = RequestBody.Format(Context.Request, allowCsv);
        return (format, await RequestBody.ReadAsync(Context.Request, Options.Value.MaxBodyBytes, cancel));
    }

    /// <summary>The caller's X-Request-Id when it is reasonable, else the server's trace identifier (the response's X-Request-Id).</summary>
    public string RequestId => RequestIdMiddleware.Of(Context);
}
