using System.Globalization;
using System.Text.Json;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Formats;
using CiCd.Serving.Hosting;
using CiCd.Serving.Scoring;
using CiCd.Train;

namespace CiCd.Serving.Input;

/// <summary>
/// The model's input contract, built from its card: which fields exist, what type each takes and which
/// categories it knows. Every request format goes through it, so a rule is written once.
/// </summary>
public sealed class FeatureSchema
{
    private readonly Dictionary<string, int> _indexes;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[] _categories;
    private readonly UnseenCategoryPolicy _policy;

    /// <summary>
    /// Builds the contract for <paramref name="features"/>, applying <paramref name="policy"/> to unseen categories; a column
    /// named <paramref name="target"/> (the model's label) is ignored, so the training file can be posted as it is.
    /// </summary>
    public FeatureSchema(IReadOnlyList<CardFeature> features, UnseenCategoryPolicy policy, string? target = null)
    {
        Features = features;
        Target = target;
        _policy = policy;
        _indexes = features.Select((f, i) => (f.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        _categories = features.Select(f => f.Categories.ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();
    }

    /// <summary>How a client says "missing", in every format: the rule <see cref="MissingValues"/> applies to training data, plus JSON's null.</summary>
    public const string MissingRule = "a missing value is null, \"\" or \"?\" (spaces around it are ignored), in JSON as in CSV";

    /// <summary>The strings that stand for a missing value (besides JSON's null), as the OpenAPI document lists them.</summary>
    public static IReadOnlyList<string> MissingSpellings { get; } = ["", "?"];

    /// <summary>The model's target column: ignored when a request carries it.</summary>
    public string? Target { get; }

    /// <summary>The training file's columns the config set to ignore (the card's): ignored too, so its rows can be posted as they are.</summary>
    public IReadOnlyCollection<string> IgnoredColumns { get; init; } = [];

    /// <summary>The fields in card order.</summary>
    public IReadOnlyList<CardFeature> Features { get; }

    /// <summary>The index of the field called <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name) => _indexes.GetValueOrDefault(name, -1);

    /// <summary>Whether a client of this contract can call <paramref name="other"/> unchanged: same fields, same kinds.</summary>
    public bool Accepts(FeatureSchema other) =>
        Features.Count == other.Features.Count &&
        Features.All(f => other.IndexOf(f.Name) is var i && i >= 0 && other.Features[i].Kind == f.Kind);

    /// <summary>Reads a record given as a JSON object keyed by field name.</summary>
    public FeatureRow FromObject(JsonElement record, int? row, ISet<string>? ignored = null)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            throw InputProblemException.Malformed("Wrong record shape", $"a record must be a JSON object keyed by field name, not {Describe(record.ValueKind)}", row);
        }
        var values = new FeatureRow(Features.Count);
        var seen = new bool[Features.Count];
        foreach (var property in record.EnumerateObject())
        {
            var index = Known(property.Name, row, ignored);
            if (index < 0)
            {
                continue;
            }
            if (seen[index])
            {
                throw InputProblemException.InvalidValue($"field '{Features[index].Name}' is given twice", Features[index].Name, row);
            }
            seen[index] = true;
            SetJson(values, index, property.Value, row);
        }
        RequireAll(seen, row);
        return values;
    }

    /// <summary>Reads a record given as a JSON array of values in the order of <paramref name="columns"/>.</summary>
    public FeatureRow FromArray(JsonElement record, IReadOnlyList<int> columns, int? row)
    {
        if (record.ValueKind != JsonValueKind.Array)
        {
            throw InputProblemException.Malformed("Wrong record shape", $"a row must be a JSON array of values, not {Describe(record.ValueKind)}", row);
        }
        if (record.GetArrayLength() != columns.Count)
        {
            throw InputProblemException.Malformed("Wrong record shape", $"the row has {Counted.Of(record.GetArrayLength(), "value")} for {Counted.Of(columns.Count, "named column")}", row);
        }
        var values = new FeatureRow(Features.Count);
        var i = 0;
        foreach (var value in record.EnumerateArray())
        {
            // A negative index is an ignored column (the target).
            if (columns[i++] is var column && column >= 0)
            {
                SetJson(values, column, value, row);
            }
        }
        return values;
    }

    /// <summary>
    /// Maps column names (a CSV header, a dataframe's columns) to field indexes; unknown, repeated or missing names are errors,
    /// and the target column maps to -1 (ignored) and is added to <paramref name="ignored"/>.
    /// </summary>
    public int[] Columns(IReadOnlyList<string> names, ISet<string>? ignored = null)
    {
        var seen = new bool[Features.Count];
        var indexes = new int[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            indexes[i] = Known(names[i], null, ignored);
            if (indexes[i] < 0)
            {
                continue;
            }
            if (seen[indexes[i]])
            {
                var name = Features[indexes[i]].Name;
                throw InputProblemException.InvalidValue($"column '{name}' is named twice", name, null);
            }
            seen[indexes[i]] = true;
        }
        RequireAll(seen, null);
        return indexes;
    }

    /// <summary>Sets field <paramref name="index"/> from a JSON value, checking its type and range.</summary>
    public void SetJson(FeatureRow values, int index, JsonElement value, int? row)
    {
        var feature = Features[index];
        // One rule with CSV and training: null, "" and "?" (spaces around it ignored) are missing, whatever the field's kind.
        if (value.ValueKind == JsonValueKind.Null || (value.ValueKind == JsonValueKind.String && MissingValues.IsMissing(value.GetString())))
        {
            SetMissing(values, index);
            return;
        }
        if (feature.Kind == ColumnKind.Numeric)
        {
            values.Numbers[index] = value.ValueKind switch
            {
                JsonValueKind.Number when value.TryGetDouble(out var number) => Finite(number, feature.Name, row),
                JsonValueKind.Number => throw NotFinite(feature.Name, row),
                JsonValueKind.String when IsNonFiniteWord(value.GetString()!) => throw NotFinite(feature.Name, row),
                _ => throw WrongType(feature, value.ValueKind, row),
            };
            return;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            throw WrongType(feature, value.ValueKind, row);
        }
        // One rule with CSV: spaces around a category are not part of it.
        values.Texts[index] = Category(index, value.GetString()!.Trim(), row);
    }

    /// <summary>Sets field <paramref name="index"/> from CSV text (empty or <c>?</c> is missing).</summary>
    public void SetText(FeatureRow values, int index, string? text, int? row)
    {
        if (TrySetText(values, index, text))
        {
            return;
        }
        var feature = Features[index];
        if (feature.Kind != ColumnKind.Numeric)
        {
            throw UnseenCategory(feature, row);
        }
        throw NumberText.TryParse(text!, out _)
            ? InputProblemException.InvalidValue($"field '{feature.Name}' is outside the range of a 32-bit float", feature.Name, row)
            : IsNonFiniteWord(text!) || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? NotFinite(feature.Name, row)
            : InputProblemException.InvalidValue($"field '{feature.Name}' is numeric; the value is not a number ({MissingRule})", feature.Name, row);
    }

    /// <summary>
    /// Sets field <paramref name="index"/> from CSV text when it is valid, without allocating for a known category;
    /// false leaves the explanation to <see cref="SetText"/>.
    /// </summary>
    public bool TrySetText(FeatureRow values, int index, ReadOnlySpan<char> text)
    {
        if (MissingValues.IsMissing(text))
        {
            SetMissing(values, index);
            return true;
        }
        if (Features[index].Kind == ColumnKind.Numeric)
        {
            var valid = NumberText.TryParseFeature(text, out var number);
            values.Numbers[index] = valid ? (float)number : 0;
            return valid;
        }
        var trimmed = text.Trim();
        if (_categories[index].TryGetValue(trimmed, out var known))
        {
            values.Texts[index] = known;
            return true;
        }
        if (_policy == UnseenCategoryPolicy.Accept)
        {
            values.Texts[index] = trimmed.ToString();
            return true;
        }
        return false;
    }

    /// <summary>A plausible row (first category, zero) used to warm a freshly loaded model.</summary>
    public FeatureRow Example()
    {
        var values = new FeatureRow(Features.Count);
        for (var i = 0; i < Features.Count; i++)
        {
            values.Texts[i] = Features[i].Categories.Count > 0 ? Features[i].Categories[0] : null;
        }
        return values;
    }

    private int Known(string name, int? row, ISet<string>? ignored)
    {
        // One rule for every format: spaces around a name or a category are not part of it (CSV headers are written "a, b").
        var index = IndexOf(name.Trim());
        if (index >= 0)
        {
            return index;
        }
        var trimmed = name.Trim();
        if ((Target is not null && trimmed == Target) || IgnoredColumns.Contains(trimmed))
        {
            ignored?.Add(trimmed);
            return -1;
        }
        // The name may be anything: a data row read as a header, megabytes, a forged log line.
        var shown = ClientText.Name(name);
        throw InputProblemException.UnknownName("Invalid field value",
            $"unknown field '{shown}' (spaces around a name are ignored); the model takes: {string.Join(", ", Features.Select(f => f.Name))}", shown, row);
    }

    private void RequireAll(bool[] seen, int? row)
    {
        var missing = Features.Where((_, i) => !seen[i]).Select(f => f.Name).ToList();
        if (missing.Count > 0)
        {
            throw InputProblemException.InvalidValue($"missing field{(missing.Count > 1 ? "s" : "")}: {string.Join(", ", missing)}", missing[0], row);
        }
    }

    private void SetMissing(FeatureRow values, int index)
    {
        // A missing value is allowed: the model imputes numbers with the training mean and treats a missing category as unknown.
        if (Features[index].Kind == ColumnKind.Numeric)
        {
            values.Numbers[index] = float.NaN;
        }
        else
        {
            values.Texts[index] = null;
        }
    }

    private string Category(int index, string value, int? row)
    {
        if (_policy == UnseenCategoryPolicy.Accept || _categories[index].Contains(value.AsSpan()))
        {
            return value;
        }
        throw UnseenCategory(Features[index], row);
    }

    private static InputProblemException UnseenCategory(CardFeature feature, int? row) => InputProblemException.InvalidValue(
        $"field '{feature.Name}' has a category the model never saw (spaces around it are ignored); known: {string.Join(", ", feature.Categories)}; {MissingRule}",
        feature.Name, row);

    private static float Finite(double number, string field, int? row)
    {
        var single = (float)number;
        return float.IsFinite(single) ? single : throw InputProblemException.InvalidValue(
            $"field '{field}' is outside the range of a 32-bit float", field, row);
    }

    private static bool IsNonFiniteWord(string text) =>
        text.Trim().TrimStart('+', '-').ToUpperInvariant() is "NAN" or "INFINITY" or "INF" or "∞";

    private static InputProblemException NotFinite(string field, int? row) =>
        InputProblemException.InvalidValue($"field '{field}' must be a finite number; NaN and infinity are not accepted ({MissingRule})", field, row);

    private static InputProblemException WrongType(CardFeature feature, JsonValueKind kind, int? row) =>
        InputProblemException.InvalidValue(
            $"field '{feature.Name}' expects {(feature.Kind == ColumnKind.Numeric ? "a number" : "a string (category)")} or a missing value, not {Describe(kind)}; {MissingRule}",
            feature.Name, row);

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
