using System.Diagnostics;
using CiCd.Serving.Input;
using CiCd.Serving.Security;

namespace CiCd.Serving.Telemetry;

/// <summary>
/// Times every request and records it in <see cref="RequestStats"/> under its route pattern. It runs after routing (so
/// the endpoint is known) but inside the exception handler, so a client mistake thrown as an exception is recorded with
/// the status the handler will answer, not as a 500.
/// </summary>
public sealed class RequestStatsMiddleware(RequestDelegate next, RequestStats stats)
{
    /// <summary>Runs the rest of the pipeline and records its outcome.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint() as RouteEndpoint;
        var route = endpoint?.RoutePattern.RawText ?? RequestStats.Unmatched;
        var scoring = endpoint?.Metadata.GetMetadata<PredictionRoute>() is not null;
        var started = Stopwatch.GetTimestamp();
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            await next(context);
            status = context.Response.StatusCode;
        }
        catch (InputProblemException problem)
        {
            status = problem.Status;
            throw;
        }
        catch (BadHttpRequestException bad)
        {
            status = bad.StatusCode;
            throw;
        }
        finally
        {
            stats.Record(route, status, Stopwatch.GetElapsedTime(started).TotalSeconds, scoring);
        }
    }
}
