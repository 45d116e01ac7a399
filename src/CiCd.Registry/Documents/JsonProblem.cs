using System.Text.Json;
using CiCd.Errors;

namespace CiCd.Registry.Documents;

/// <summary>Turns a <see cref="JsonException"/> into an input error that names file, line, column and what is wrong.</summary>
internal static class JsonProblem
{
    public static InputException At(string file, JsonException e, string what)
    {
        // JsonException messages end with "Path: $.x | LineNumber: …": keep the part before the location.
        var text = e.Message;
        var cut = text.IndexOf(" Path: ", StringComparison.Ordinal);
        var problem = cut > 0 ? text[..cut] : text;
        var where = e.Path is { Length: > 0 } path ? $" (at {path})" : "";
        return new InputException(file, (int?)e.LineNumber + 1, (int?)e.BytePositionInLine + 1, $"{what}: {problem}{where}", e);
    }
}
