using System.Text.Json;
using CiCd.Serving.Input;

namespace CiCd.Serving.PredictionLog;

/// <summary>
/// One model's feature names, categories and classes escaped once, so a row's JSON finds them by position (a feature's
/// few categories by a short scan) instead of hashing each string; other values go through <see cref="JsonNames"/>.
/// </summary>
internal sealed class EscapedSchema
{
    // Past this many categories a scan costs more than a hash.
    private const int MaxScanned = 16;

    private readonly JsonEncodedText[] _features;
    private readonly (string Text, JsonEncodedText Escaped)[][] _categories;
    private readonly JsonEncodedText[] _classes;
    private readonly JsonNames _names;

    /// <summary>Escapes <paramref name="schema"/>'s names and categories and <paramref name="classes"/> with <paramref name="names"/>.</summary>
    public EscapedSchema(FeatureSchema schema, IReadOnlyList<string> classes, JsonNames names)
    {
        Schema = schema;
        Classes = classes;
        _features = [.. schema.Features.Select(f => JsonNames.Encode(f.Name))];
        _categories = [.. schema.Features.Select(f => f.Categories.Count > MaxScanned ? [] : f.Categories.Select(c => (c, JsonNames.Encode(c))).ToArray())];
        _classes = [.. classes.Select(JsonNames.Encode)];
        _names = names;
    }

    /// <summary>The schema escaped.</summary>
    public FeatureSchema Schema { get; }

    /// <summary>The classes escaped.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>Feature <paramref name="index"/>'s escaped name.</summary>
    public JsonEncodedText Feature(int index) => _features[index];

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
