using YamlDotNet.RepresentationModel;

namespace CiCd.Workflows.Tests.Model;

/// <summary>Small readers over YamlDotNet's node tree, so the tests read like the workflow.</summary>
public static class Yaml
{
    public static YamlNode? Child(this YamlNode? node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string? Text(this YamlNode? node) => node is YamlScalarNode scalar ? scalar.Value : null;

    public static string? Text(this YamlNode? node, string key) => node.Child(key).Text();

    public static IReadOnlyList<string> Texts(this YamlNode? node) =>
        node switch
        {
            YamlSequenceNode sequence => sequence.Children.Select(c => c.Text() ?? "").ToList(),
            YamlScalarNode scalar => [scalar.Value ?? ""],
            _ => [],
        };

    public static IReadOnlyDictionary<string, string> Pairs(this YamlNode? node) =>
        node is YamlMappingNode mapping
            ? mapping.Children.ToDictionary(e => e.Key.Text() ?? "", e => e.Value.Text() ?? "")
            : new Dictionary<string, string>();

    public static IEnumerable<string> Keys(this YamlNode? node) =>
        node is YamlMappingNode mapping ? mapping.Children.Keys.Select(k => k.Text() ?? "") : [];
}
