using CiCd.Serving.Hosting;
using CiCd.Serving.Input;

namespace CiCd.Serving.Telemetry;

/// <summary>
/// Gives a failed request its answered status while the HTTP metrics still see it. prometheus-net records the status
/// as the request leaves its middleware, before the outer exception handler writes anything, and that handler clears
/// the endpoint when it does (prometheus-net/prometheus-net#177, #483): without this, a 400 counted as a 200 with no
/// endpoint label. Client mistakes are answered here, with the matched endpoint still set; anything else is marked with
/// the status the exception handler will answer (<see cref="FailureStatus"/>: 413 for a body over the limit, else 500)
/// and left to it.
/// </summary>
internal sealed class StatusBeforeMetricsMiddleware(RequestDelegate next, InputProblemHandler problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (InputProblemException problem) when (!context.Response.HasStarted)
        {
            await problems.TryHandleAsync(context, problem, context.RequestAborted);
        }
        catch (Exception failure) when (MarkFailure(context, failure))
        {
            // Never reached: the filter only sets the status, so the exception keeps travelling to the handler.
            throw;
        }
    }

    private static bool MarkFailure(HttpContext context, Exception failure)
    {
        if (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            context.Response.StatusCode = FailureStatus.Of(failure);
        }
        return false;
    }
}
