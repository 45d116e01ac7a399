using CiCd.Serving.Input;
using Microsoft.Net.Http.Headers;

namespace CiCd.Serving.Apis;

/// <summary>Chooses JSON or CSV for a batch answer from the Accept header; asking only for something else is a 406.</summary>
public static class AnswerFormat
{
    /// <summary>The preferred of JSON and CSV (JSON when Accept is absent or says <c>*/*</c>).</summary>
    public static BodyFormat Negotiate(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        if (accept.Length == 0 || !MediaTypeHeaderValue.TryParseList([accept], out var types))
        {
            return BodyFormat.Json;
        }
        foreach (var type in types.Where(t => t.Quality is not 0).OrderByDescending(t => t.Quality ?? 1))
        {
            // CSV is the only text answer, so text/* asks for it.
            if (type.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase) || type.MediaType.Equals("text/*", StringComparison.OrdinalIgnoreCase))
            {
                return BodyFormat.Csv;
            }
            if (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.MatchesAllTypes ||
                type.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                return BodyFormat.Json;
            }
        }
        throw new InputProblemException(StatusCodes.Status406NotAcceptable, "Not acceptable",
            "answers are application/json or text/csv; the Accept header allows neither");
    }
}
