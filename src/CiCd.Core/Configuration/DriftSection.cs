using CiCd.Configuration.Yaml;
using YamlDotNet.RepresentationModel;

namespace CiCd.Configuration;

/// <summary>
/// Reads the optional <c>drift</c> section: types and unknown keys are checked here with their
/// line and column; ranges and test names are checked when the monitoring policy is built from it,
/// at the positions recorded here.
/// </summary>
internal static class DriftSection
{
    private static readonly string[] NumberKeys =
        ["share", "p_value", "distance", "min_effect_size", "missing_share_increase"];

    private static readonly string[] CountKeys =
        ["min_current_sample", "small_reference_rows", "large_sample_rows", "max_categorical_distinct"];

    public static DriftConfig Read(YamlNodeReader? node, string file)
    {
        if (node is null)
        {
            return new DriftConfig { Source = file };
        }
        var positions = new Dictionary<string, ConfigPosition>(StringComparer.Ordinal);
        var numbers = NumberKeys.ToDictionary(k => k, k => Remember(node, k, positions, node.OptionalDouble(k)));
        var counts = CountKeys.ToDictionary(k => k, k => Remember(node, k, positions, node.OptionalInt(k)));
        var bands = Remember(node, "psi_bands", positions, node.Has("psi_bands") ? node.OptionalDoubleList("psi_bands") : null);
        if (bands is not null && bands.Count != 2)
        {
            throw node.Error(node.OptionalSequence("psi_bands")!, "'drift.psi_bands' must list two numbers: [moderate, major] such as [0.1, 0.25]");
        }
        var columns = ReadColumns(node.OptionalMapping("columns"), positions);
        node.RejectUnknownKeys();
        return new DriftConfig
        {
            Source = file,
            Share = numbers["share"],
            PValue = numbers["p_value"],
            Distance = numbers["distance"],
            MinEffectSize = numbers["min_effect_size"],
            MissingShareIncrease = numbers["missing_share_increase"],
            MinCurrentSample = counts["min_current_sample"],
            SmallReferenceRows = counts["small_reference_rows"],
            LargeSampleRows = counts["large_sample_rows"],
            MaxCategoricalDistinct = counts["max_categorical_distinct"],
            PsiBands = bands,
            Columns = columns,
            Positions = positions,
        };
    }

    private static List<DriftColumnConfig> ReadColumns(YamlNodeReader? node, Dictionary<string, ConfigPosition> positions)
    {
        var columns = new List<DriftColumnConfig>();
        if (node is null)
        {
            return columns;
        }
        foreach (var (name, value) in node.Entries())
        {
            var column = value is YamlMappingNode mapping
                ? new YamlNodeReader(node.File, node.Child(name), mapping)
                : throw node.Error(value, $"'{node.Child(name)}' must be a mapping such as {{ test: psi, threshold: 0.2 }}");
            positions[column.Path] = At(value);
            var test = Remember(column, "test", positions, column.OptionalString("test"));
            var threshold = Remember(column, "threshold", positions, column.OptionalDouble("threshold"));
            var ignore = column.OptionalBool("ignore") ?? false;
            column.RejectUnknownKeys();
            if (test is null && threshold is null && !ignore)
            {
                throw node.Error(value, $"'{column.Path}' needs 'test', 'threshold' or 'ignore: true'");
            }
            columns.Add(new DriftColumnConfig(name, test, threshold, ignore));
        }
        return columns;
    }

    private static T Remember<T>(YamlNodeReader node, string key, Dictionary<string, ConfigPosition> positions, T value)
    {
        if (value is not null && node.Node is YamlMappingNode mapping
            && mapping.Children.TryGetValue(new YamlScalarNode(key), out var child))
        {
            positions[node.Child(key)] = At(child);
        }
        return value;
    }

    private static ConfigPosition At(YamlNode node) => new((int)node.Start.Line, (int)node.Start.Column);
}
