using Microsoft.Net.Http.Headers;

namespace CiCd.Serving.Input;

/// <summary>
/// MLflow's rule for <c>/invocations</c>: a Content-Type may carry a charset and nothing else. <c>format=pandas-split</c>
/// is MLflow 1.x's protocol, whose body has another shape; answering it would misread the rows.
/// </summary>
public static class InvocationContentType
{
    /// <summary>Refuses (415) a media type other than JSON or CSV, or a Content-Type with any parameter but <c>charset</c>.</summary>
    public static void Check(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type))
        {
            return;
        }
        // MLflow compares the media type with its two exactly; a +json type other routes take is a 415 here.
        if (!type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) && !type.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            throw new InputProblemException(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"/invocations takes application/json or text/csv, as MLflow's scoring server does; got '{ClientText.Name(type.MediaType.ToString())}'");
        }
        var extra = type.Parameters.FirstOrDefault(p => !p.Name.Equals("charset", StringComparison.OrdinalIgnoreCase));
        if (extra is null)
        {
            return;
        }
        var hint = extra.Name.Equals("format", StringComparison.OrdinalIgnoreCase)
            ? "; this is MLflow 1.x's protocol: since MLflow 2.0 send plain application/json with the rows under dataframe_split, dataframe_records, instances or inputs"
            : "; only charset is accepted";
        throw new InputProblemException(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
            $"Content-Type parameter '{ClientText.Name(extra.Name.ToString())}' is not supported{hint}");
    }
}
