using CiCd.Serving.Input;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CiCd.Serving.Hosting;

/// <summary>
/// Maps a client's mistake to RFC 9457 ProblemDetails with the field and row, at the edge. Only the status and the
/// field name are logged, never the detail or a value: request bodies may hold personal data.
/// </summary>
public sealed class InputProblemHandler(IProblemDetailsService problems, ILogger<InputProblemHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not InputProblemException problem || httpContext.Response.HasStarted)
        {
            return false;
        }
        logger.LogInformation("Rejected {Path} with {Status} ({Title}; field {Field}, row {Row})",
            httpContext.Request.Path, problem.Status, problem.Title, problem.Field ?? "-", problem.Row?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-");
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
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }
}
