using System.Text.Encodings.Web;
using System.Text.Json;

namespace CiCd.Serving.PredictionLog;

/// <summary>
/// Escaped forms of the strings the log writes again and again (feature names, categories, classes), so a row costs
/// no escaping. Bounded: a flood of distinct values (an accepted unseen category per row) empties it rather than growing it.
/// </summary>
public sealed class JsonNames
{
    // The log is read by tools, not browsers: keep '<' and '>' in categories legible.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private const int Limit = 10_000;

    private readonly Dictionary<string, JsonEncodedText> _known = new(StringComparer.Ordinal);

    /// <summary>The escaped form of <paramref name="text"/>.</summary>
    public JsonEncodedText Of(string text)
    {
        if (_known.TryGetValue(text, out var encoded))
        {
            return encoded;
        }
        if (_known.Count >= Limit)
        {
            _known.Clear();
        }
        return _known[text] = Encode(text);
    }

    /// <summary>Escapes <paramref name="text"/> as the log does, without keeping it.</summary>
    public static JsonEncodedText Encode(string text) => JsonEncodedText.Encode(text, Encoder);
}
