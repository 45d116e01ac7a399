using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CiCd.Testing;
using YamlDotNet.RepresentationModel;

namespace CiCd.Workflows.Tests.Deploy;

/// <summary>
/// An overlay of deploy/kubernetes as a cluster would receive it: rendered by <c>kubectl kustomize</c>, then read as
/// JSON with YAML 1.2's core types (an unquoted 3 is a number, a quoted "3" a string), as the API server reads it.
/// </summary>
public static partial class KubernetesObjects
{
    public static IReadOnlyList<string> Overlays { get; } = ["certification", "production"];

    public static async Task<IReadOnlyList<JsonObject>> RenderAsync(string overlay)
    {
        var folder = RepositoryRoot.PathOf($"deploy/kubernetes/overlays/{overlay}");
        var (exitCode, output, error) = await ExternalTool.RunAsync("kubectl", ["kustomize", folder]);
        Assert.True(exitCode == 0, $"kubectl kustomize {folder} failed: {error}");
        return Parse(output);
    }

    public static IReadOnlyList<JsonObject> Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return [.. stream.Documents.Select(d => (JsonObject)ToJson(d.RootNode)!)];
    }

    /// <summary>The one object of <paramref name="kind"/> in <paramref name="objects"/>.</summary>
    public static JsonObject OfKind(this IReadOnlyList<JsonObject> objects, string kind) =>
        objects.Single(o => (string?)o["kind"] == kind);

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(e =>
            KeyValuePair.Create(((YamlScalarNode)e.Key).Value!, ToJson(e.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(ToJson)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new InvalidOperationException($"unexpected YAML node {node.NodeType} at {node.Start}"),
    };

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }
        return text switch
        {
            "" or "~" or "null" => null,
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            _ when Integer().IsMatch(text) => JsonValue.Create(long.Parse(text, CultureInfo.InvariantCulture)),
            _ when Float().IsMatch(text) => JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture)),
            _ => JsonValue.Create(text),
        };
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
