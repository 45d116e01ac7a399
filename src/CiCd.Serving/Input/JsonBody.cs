using System.Text.Json;

namespace CiCd.Serving.Input;

/// <summary>Parses a JSON body with the nesting limit; malformed JSON is a 400 naming line and position.</summary>
public static class JsonBody
{
    /// <summary>Deepest nesting accepted: deeper bodies are refused before any field is read.</summary>
    public const int MaxDepth = 64;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = MaxDepth };

    /// <summary>The parsed document; the caller disposes it.</summary>
    public static JsonDocument Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            return JsonDocument.Parse(body, Options);
        }
        catch (JsonException e)
        {
            // The parser's message names the line and byte and says when the depth limit was passed; it quotes no values.
            throw InputProblemException.Malformed("Malformed JSON", e.Message, inner: e);
        }
    }
}
