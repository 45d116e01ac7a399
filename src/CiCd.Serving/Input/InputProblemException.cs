namespace CiCd.Serving.Input;

/// <summary>
/// A client's mistake, found while reading a request: mapped at the edge to RFC 9457 ProblemDetails with its
/// status, the offending field and the 0-based row. Messages never carry feature values (they may be personal data).
/// </summary>
public sealed class InputProblemException(int status, string title, string detail, string? field = null, int? row = null, Exception? inner = null)
    : Exception(detail, inner)
{
    /// <summary>The HTTP status: 400, 406, 408, 413 or 415.</summary>
    public int Status { get; } = status;

    /// <summary>A short, stable summary of the problem type.</summary>
    public string Title { get; } = title;

    /// <summary>The field at fault, when one is.</summary>
    public string? Field { get; } = field;

    /// <summary>The 0-based row at fault, when the request holds rows.</summary>
    public int? Row { get; } = row;

    /// <summary>Whether <see cref="Field"/> is a name the client sent that the model does not know: shown to the client, never logged.</summary>
    public bool FieldFromClient { get; private init; }

    /// <summary>A 400 about the value of one field.</summary>
    public static InputProblemException InvalidValue(string detail, string field, int? row) =>
        new(StatusCodes.Status400BadRequest, "Invalid field value", detail, field, row);

    /// <summary>A 400 about a name the model does not know; <paramref name="shownName"/> is the client's name through <see cref="ClientText.Name"/>.</summary>
    public static InputProblemException UnknownName(string title, string detail, string shownName, int? row = null) =>
        new(StatusCodes.Status400BadRequest, title, detail, shownName, row) { FieldFromClient = true };

    /// <summary>A 400 about the shape of the body.</summary>
    public static InputProblemException Malformed(string title, string detail, int? row = null, Exception? inner = null) =>
        new(StatusCodes.Status400BadRequest, title, detail, null, row, inner);
}
