using System.Diagnostics;
using CiCd.Serving.Input;
using CiCd.Serving.Security;

namespace CiCd.Serving.Telemetry;

/// <summary>
/// Times every request and records it in <see cref="RequestStats"/> under its route pattern. It runs after routing (so
/// the endpoint is known) but inside the exception handler, so a client mistake thrown as an exception is recorded with
/// the status the handler will answer, not as a 500. A client that hangs up is recorded as 499 (nginx's "client closed
/// request"): nobody's error, so neither red on the dashboard nor a 5xx in Prometheus.
/// </summary>
public sealed class RequestStatsMiddleware(RequestDelegate next, RequestStats stats)
{
    /// <summary>What a request the client abandoned is recorded as.</summary>
    public const int ClientClosedRequest = 499;

    /// <summary>Runs the rest of the pipeline and records its outcome.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint() as RouteEndpoint;
        var route = endpoint?.RoutePattern.RawText ?? RequestStats.Unmatched;
        var scoring = endpoint?.Metadata.GetMetadata<PredictionRoute>() is not null;
        var started = Stopwatch.GetTimestamp();
        // The connection's own token: the request-timeout middleware further in swaps in one that also fires on a timeout (504).
        var hungUp = context.RequestAborted;
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            await next(context);
            status = context.Response.StatusCode;
        }
        catch (Exception failure) when (failure is InputProblemException || !hungUp.IsCancellationRequested)
        {
            status = FailureStatus.Of(failure);
            throw;
        }
        catch (Exception) when (hungUp.IsCancellationRequested)
        {
            // Whatever the abandoned read or write threw (cancelled, connection reset): recorded, then left to the host as before.
            status = ClientClosedRequest;
            if (!context.Response.HasStarted)
            {
                // Prometheus' request counter, outside this middleware, labels the request with this status.
                context.Response.StatusCode = ClientClosedRequest;
            }
            throw;
        }
        finally
        {
            stats.Record(route, status, Stopwatch.GetElapsedTime(started).TotalSeconds, scoring);
        }
    }
}
