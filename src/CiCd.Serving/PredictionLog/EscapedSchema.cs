using System.Text.Json;
using CiCd.Serving.Input;

namespace CiCd.Serving.PredictionLog;

/// <summary>
/// One model's feature names, categories and classes escaped once, so a row's JSON finds them by position (a feature's
/// few categories by a short scan) instead of hashing each string; other values go through <see cref="JsonNames"/>.
/// A feature's key (<c>"name":</c>) is kept as the UTF-8 bytes the JSON holds.
/// </summary>
internal sealed class EscapedSchema
{
    // Past this many categories a scan costs more than a hash.
    private const int MaxScanned = 16;

    private readonly byte[][] _keys;
    private readonly (string Text, JsonEncodedText Escaped)[][] _categories;
    private readonly JsonEncodedText[] _classes;
    private readonly JsonNames _names;

    /// <summary>Escapes <paramref name="schema"/>'s names and categories and <paramref name="classes"/> with <paramref name="names"/>.</summary>
    public EscapedSchema(FeatureSchema schema, IReadOnlyList<string> classes, JsonNames names)
    {
        Schema = schema;
        Classes = classes;
        _keys = [.. schema.Features.Select(f => (byte[])[(byte)'"', .. JsonNames.Encode(f.Name).EncodedUtf8Bytes, (byte)'"', (byte)':'])];
        _categories = [.. schema.Features.Select(f => f.Categories.Count > MaxScanned ? [] : f.Categories.Select(c => (c, JsonNames.Encode(c))).ToArray())];
        _classes = [.. classes.Select(JsonNames.Encode)];
        _names = names;
    }

    /// <summary>The schema escaped.</summary>
    public FeatureSchema Schema { get; }

    /// <summary>The classes escaped.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>Feature <paramref name="index"/>'s key: its escaped name in quotes and the colon.</summary>
    public ReadOnlySpan<byte> Key(int index) => _keys[index];

    /// <summary>Class <paramref name="index"/>'s escaped name.</summary>
    public JsonEncodedText Class(int index) => _classes[index];

    /// <summary>The escaped form of feature <paramref name="index"/>'s value <paramref name="text"/>.</summary>
    public JsonEncodedText Value(int index, string text)
    {
        foreach (var (known, escaped) in _categories[index])
        {
            if (string.Equals(known, text, StringComparison.Ordinal))
            {
                return escaped;
            }
        }
        return _names.Of(text);
    }
}
