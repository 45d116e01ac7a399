using CiCd.Serving.Input;

namespace CiCd.Serving.Telemetry;

/// <summary>The status a request that failed with an exception is answered with, so every count agrees with the answer.</summary>
internal static class FailureStatus
{
    /// <summary>A client mistake's own 4xx (ours or the server's, such as 413 for a body over the limit), else 500.</summary>
    public static int Of(Exception failure) => failure switch
    {
        InputProblemException problem => problem.Status,
        BadHttpRequestException bad => bad.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };
}
