using System.Globalization;
using CiCd.Errors;
using YamlDotNet.RepresentationModel;

namespace CiCd.Configuration.Yaml;

/// <summary>
/// Reads one YAML mapping into typed values. Every key read is remembered, so that
/// <see cref="RejectUnknownKeys"/> can name each key nobody asked for, with its line and column.
/// </summary>
internal sealed class YamlNodeReader
{
    private readonly YamlMappingNode _node;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public YamlNodeReader(string file, string path, YamlMappingNode node)
    {
        File = file;
        Path = path;
        _node = node;
    }

    public string File { get; }

    /// <summary>Dotted path of this mapping inside the document, for messages ("training.candidates[0]").</summary>
    public string Path { get; }

    public YamlNode Node => _node;

    public bool Has(string key) => Find(key) is not null;

    public string RequiredString(string key) =>
        OptionalString(key) ?? throw Missing(key, "a text value");

    public string? OptionalString(string key) =>
        Find(key) is { } value ? Scalar(key, value, "a text value") : null;

    public double RequiredDouble(string key) =>
        OptionalDouble(key) ?? throw Missing(key, "a number");

    public double? OptionalDouble(string key) =>
        Find(key) is { } value ? ParseDouble(key, value) : null;

    public int? OptionalInt(string key)
    {
        if (Find(key) is not { } value)
        {
            return null;
        }
        var text = Scalar(key, value, "a whole number");
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw Error(value, $"'{Child(key)}' must be a whole number{(IsWhole(text) ? $" from {int.MinValue} to {int.MaxValue}" : "")}, found '{text}'");
    }

    public bool? OptionalBool(string key)
    {
        if (Find(key) is not { } value)
        {
            return null;
        }
        var text = Scalar(key, value, "true or false");
        return text switch
        {
            "true" or "True" or "yes" => true,
            "false" or "False" or "no" => false,
            _ => throw Error(value, $"'{Child(key)}' must be true or false, found '{text}'"),
        };
    }

    public TEnum? OptionalEnum<TEnum>(string key)
        where TEnum : struct, Enum
    {
        if (Find(key) is not { } value)
        {
            return null;
        }
        var text = Scalar(key, value, "one of " + EnumNames<TEnum>());
        return SnakeCaseNames.TryParse<TEnum>(text, out var parsed)
            ? parsed
            : throw Error(value, $"'{Child(key)}' must be one of {EnumNames<TEnum>()}, found '{text}'");
    }

    public YamlNodeReader? OptionalMapping(string key) =>
        Find(key) switch
        {
            null => null,
            YamlMappingNode mapping => new YamlNodeReader(File, Child(key), mapping),
            var other => throw Error(other, $"'{Child(key)}' must be a mapping of keys to values"),
        };

    public YamlNodeReader RequiredMapping(string key) =>
        OptionalMapping(key) ?? throw Missing(key, "a mapping");

    public YamlSequenceNode? OptionalSequence(string key) =>
        Find(key) switch
        {
            null => null,
            YamlSequenceNode sequence => sequence,
            var other => throw Error(other, $"'{Child(key)}' must be a list"),
        };

    public IReadOnlyList<string> OptionalStringList(string key) =>
        OptionalSequence(key) is { } list
            ? list.Children.Select((item, i) => ScalarAt($"{Child(key)}[{i}]", item, "a text value")).ToList()
            : [];

    public IReadOnlyList<double> OptionalDoubleList(string key) =>
        OptionalSequence(key) is { } list
            ? list.Children.Select((item, i) => ParseNumber($"{Child(key)}[{i}]", item)).ToList()
            : [];

    /// <summary>The entries of this mapping, in document order, for sections keyed by name (columns).</summary>
    public IEnumerable<(string Key, YamlNode Value)> Entries() =>
        _node.Children.Select(entry =>
        {
            var key = ScalarAt(Path, entry.Key, "a key");
            _known.Add(key);
            return (key, entry.Value);
        });

    /// <summary>Fails on the first key no reader asked for; names it, its place and the keys allowed.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var entry in _node.Children)
        {
            var key = ((YamlScalarNode)entry.Key).Value ?? "";
            if (!_known.Contains(key))
            {
                var allowed = string.Join(", ", _known.Order(StringComparer.Ordinal));
                throw Error(entry.Key, $"unknown key '{Child(key)}'" +
                    (allowed.Length > 0 ? $" (keys read here: {allowed})" : ""));
            }
        }
    }

    /// <summary>An error placed at the value of <paramref name="key"/> (or at this mapping when the key is absent).</summary>
    public InputException ErrorAt(string key, string problem) =>
        Error(_node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : _node, problem);

    public InputException Error(YamlNode node, string problem) =>
        new(File, (int)node.Start.Line, (int)node.Start.Column, problem);

    /// <summary>Where the value of <paramref name="key"/> is written, as <c>file:line:column</c>, for errors found after loading.</summary>
    public string PlaceOf(string key) => ErrorAt(key, "") is var at ? $"{at.File}:{at.Line}:{at.Column}" : File;

    public string Child(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public string ScalarAt(string where, YamlNode node, string expected) =>
        node is YamlScalarNode { Value: { } text }
            ? text
            : throw Error(node, $"'{where}' must be {expected}");

    public double ParseNumber(string where, YamlNode node)
    {
        var text = ScalarAt(where, node, "a number");
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            && double.IsFinite(parsed)
            ? parsed
            : throw Error(node, $"'{where}' must be a number, found '{text}'");
    }

    private YamlNode? Find(string key)
    {
        _known.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    private string Scalar(string key, YamlNode value, string expected) => ScalarAt(Child(key), value, expected);

    private double ParseDouble(string key, YamlNode value) => ParseNumber(Child(key), value);

    private InputException Missing(string key, string expected) =>
        Error(_node, $"'{Child(key)}' is required here: {expected}");

    private static string EnumNames<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetNames<TEnum>().Select(SnakeCaseNames.ToSnakeCase));

    // Digits past int's range are a whole number all the same: say what range, or "must be a whole number" puzzles.
    private static bool IsWhole(string text) => System.Numerics.BigInteger.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);
}
