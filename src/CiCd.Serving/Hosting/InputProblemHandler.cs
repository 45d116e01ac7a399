using CiCd.Serving.Input;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CiCd.Serving.Hosting;

/// <summary>
/// Maps a client's mistake to RFC 9457 ProblemDetails with the field and row, at the edge. Only the status and the
/// field name are logged, never the detail, a value or a name the client made up: request bodies may hold personal data.
/// </summary>
public sealed class InputProblemHandler(ILogger<InputProblemHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not InputProblemException problem || httpContext.Response.HasStarted)
        {
            return false;
        }
        // Nothing the client wrote reaches the log: the route's pattern rather than the path, and a field only when it is
        // one of the model's (a name the model does not know may be a data row read as a header, or a forged log line).
        var route = (httpContext.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "-";
        logger.LogInformation("Rejected {Route} with {Status} ({Title}; field {Field}, row {Row})",
            route, problem.Status, problem.Title, problem.FieldFromClient ? "(a name the model does not know)" : problem.Field ?? "-",
            problem.Row?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-");
        httpContext.Response.StatusCode = problem.Status;
        var details = new ProblemDetails { Status = problem.Status, Title = problem.Title, Detail = problem.Message };
        if (problem.Field is not null)
        {
            details.Extensions["field"] = problem.Field;
        }
        if (problem.Row is not null)
        {
            details.Extensions["row"] = problem.Row;
        }
        // The problem-details service declines when Accept excludes JSON (a 406 case); the result then writes JSON anyway.
        await TypedResults.Problem(details).ExecuteAsync(httpContext);
        return true;
    }
}
