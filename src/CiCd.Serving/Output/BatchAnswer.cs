using CiCd.Serving.Model;
using CiCd.Serving.Scoring;
using CiCd.Serving.Telemetry;
using Microsoft.AspNetCore.Http.Timeouts;

namespace CiCd.Serving.Output;

/// <summary>
/// A batch answer scored and written chunk by chunk, so a large batch starts flowing at once and memory holds one
/// chunk of answers. Every row was validated before this result is returned: once it starts, it only scores. An answer the
/// request timeout cuts short is never ended as if whole: the connection is reset and counted (docs/serving.md).
/// </summary>
public sealed class BatchAnswer(ServedModel model, List<FeatureRow> rows, IPredictionFormat format, PredictionObserver observer,
    string endpoint, string requestId, int chunkRows) : IResult
{
    /// <summary>The rows answered, in order.</summary>
    public int Count => rows.Count;

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        try
        {
            await WriteAsync(httpContext);
        }
        catch (OperationCanceledException) when (httpContext.Response.HasStarted &&
            httpContext.Features.Get<IHttpRequestTimeoutFeature>()?.RequestTimeoutToken.IsCancellationRequested == true)
        {
            // The status line is out, so a 504 can no longer be said: reset the connection instead, so that no client can
            // take the rows it got for the whole answer (a chunked body without its last chunk, an HTTP/2 stream reset).
            httpContext.RequestServices.GetRequiredService<ServingMetrics>().AnswerAborted(endpoint, "timeout");
            httpContext.Abort();
        }
    }

    private async Task WriteAsync(HttpContext httpContext)
    {
        using var owned = format;
        httpContext.Response.ContentType = format.ContentType;
        var body = httpContext.Response.BodyWriter;
        var cancel = httpContext.RequestAborted;
        // Before the first byte: a batch is logged whole or not at all, and streams at the prediction log's pace.
        var admission = await observer.AdmitAsync(cancel);
        format.WriteStart(body, model);
        var buffer = new Prediction[Math.Min(chunkRows, rows.Count)];
        for (var start = 0; start < rows.Count; start += buffer.Length)
        {
            cancel.ThrowIfCancellationRequested();
            var count = Math.Min(buffer.Length, rows.Count - start);
            model.Predict(rows, start, count, buffer);
            observer.Observe(admission, model, endpoint, requestId, rows, start, buffer.AsSpan(0, count));
            format.WriteRows(body, model, buffer.AsSpan(0, count));
            await body.FlushAsync(cancel);
            await admission.PaceAsync(cancel);
        }
        format.WriteEnd(body);
        await body.FlushAsync(cancel);
    }
}
