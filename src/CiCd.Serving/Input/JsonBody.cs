using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace CiCd.Serving.Input;

/// <summary>
/// Parses a JSON body with the nesting limit; malformed JSON is a 400 naming line and position, and so is text a string
/// could not be read from later (bytes that are not UTF-8, an escaped lone surrogate), which the parser lets through.
/// </summary>
public static class JsonBody
{
    /// <summary>Deepest nesting accepted: deeper bodies are refused before any field is read.</summary>
    public const int MaxDepth = 64;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = MaxDepth };

    /// <summary>The parsed document; the caller disposes it.</summary>
    public static JsonDocument Parse(ReadOnlyMemory<byte> body) => Parse(body, long.MaxValue);

    /// <summary>
    /// The parsed document, or a 413 when it holds more than <paramref name="maxValues"/> values; the caller disposes it.
    /// A body rewritten before parsing (<see cref="PythonJson"/>) passes <paramref name="offsets"/>, so its errors name
    /// the bytes as sent.
    /// </summary>
    public static JsonDocument Parse(ReadOnlyMemory<byte> body, long maxValues, RewrittenOffsets? offsets = null)
    {
        offsets ??= RewrittenOffsets.None;
        // A byte order mark is legal at the start of UTF-8 text; the parser does not skip it.
        var bom = body.Span.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        body = body[bom..];
        // The parser checks structure only: a key or string holding invalid bytes fails when it is read, as a 500.
        if (!Utf8.IsValid(body.Span))
        {
            throw InputProblemException.Malformed("Not UTF-8", $"the body is not valid UTF-8 text (byte {offsets.Original(bom + FirstInvalidByte(body.Span))})");
        }
        JsonValueBudget.Check(body.Span, maxValues);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, Options);
        }
        catch (JsonException e)
        {
            // The parser's message names the line and byte and says when the depth limit was passed; it quotes no values.
            throw InputProblemException.Malformed("Malformed JSON", JsonErrorPosition.AsSent(e, body.Span, bom, offsets), inner: e);
        }
        if (body.Span.IndexOf("\\u"u8) >= 0)
        {
            CheckEscapes(body.Span, document, bom, offsets);
        }
        return document;
    }

    // Only an escape can still make a string unreadable: \ud800 without its pair decodes to no character at all.
    private static void CheckEscapes(ReadOnlySpan<byte> body, JsonDocument document, int bom, RewrittenOffsets offsets)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = MaxDepth });
        while (reader.Read())
        {
            if (reader.TokenType is not (JsonTokenType.PropertyName or JsonTokenType.String) || !reader.ValueIsEscaped)
            {
                continue;
            }
            try
            {
                reader.GetString();
            }
            catch (InvalidOperationException e)
            {
                document.Dispose();
                throw InputProblemException.Malformed("Invalid escape",
                    $"a {(reader.TokenType == JsonTokenType.PropertyName ? "name" : "string")} at byte {offsets.Original(bom + reader.TokenStartIndex) - bom} escapes a lone surrogate (\\ud800-\\udfff without its pair); send UTF-8 text", inner: e);
            }
        }
    }

    private static long FirstInvalidByte(ReadOnlySpan<byte> text)
    {
        var at = 0;
        while (at < text.Length && Rune.DecodeFromUtf8(text[at..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            at += consumed;
        }
        return at;
    }
}
