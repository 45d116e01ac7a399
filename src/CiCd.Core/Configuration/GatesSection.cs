using CiCd.Configuration.Yaml;
using CiCd.Metrics;
using YamlDotNet.RepresentationModel;

namespace CiCd.Configuration;

/// <summary>Reads the optional <c>gates</c> section: thresholds and champion rules keyed by metric name.</summary>
internal static class GatesSection
{
    public static GateConfig Read(YamlNodeReader? node, TaskKind task, string folder, ConfigErrors errors)
    {
        if (node is null)
        {
            return new GateConfig([], [], null);
        }
        var thresholds = node.OptionalMapping("thresholds") is { } thresholdNode ? Thresholds(thresholdNode, task, errors) : new List<ThresholdRule>();
        var championNode = node.OptionalMapping("champion");
        var card = championNode?.OptionalString("card") is { } path ? Path.GetFullPath(Path.Combine(folder, path)) : null;
        var rules = new List<ChampionRule>();
        if (championNode?.OptionalMapping("rules") is { } rulesNode)
        {
            foreach (var (metric, value) in rulesNode.Entries())
            {
                if (errors.Try(() => ReadChampionRule(rulesNode, metric, value, task)) is { } rule)
                {
                    rules.Add(rule);
                }
            }
        }
        errors.Check(() => championNode?.RejectUnknownKeys());
        errors.Check(node.RejectUnknownKeys);
        return new GateConfig(thresholds, rules, card);
    }

    /// <summary>Threshold rules keyed by metric (<c>{ roc_auc: { min: 0.75 } }</c>); also <c>monitor.performance</c> (<paramref name="monitoring"/>).</summary>
    public static List<ThresholdRule> Thresholds(YamlNodeReader thresholdNode, TaskKind task, ConfigErrors? errors = null, bool monitoring = false)
    {
        var thresholds = new List<ThresholdRule>();
        foreach (var (metric, value) in thresholdNode.Entries())
        {
            // Without a collector (monitor.performance) the first error stops, as it always has.
            var threshold = errors is null
                ? Threshold(thresholdNode, metric, value, task, monitoring)
                : errors.Try(() => Threshold(thresholdNode, metric, value, task, monitoring));
            if (threshold is not null)
            {
                thresholds.Add(threshold);
            }
        }
        return thresholds;
    }

    private static ThresholdRule Threshold(YamlNodeReader thresholdNode, string metric, YamlNode value, TaskKind task, bool monitoring)
    {
        var rule = Metric(thresholdNode, metric, value, task, monitoring);
        var threshold = new ThresholdRule(metric, rule.OptionalDouble("min"), rule.OptionalDouble("max"));
        rule.RejectUnknownKeys();
        if (threshold.Min is null && threshold.Max is null)
        {
            throw rule.Error(value, $"threshold for '{metric}' needs 'min' or 'max'");
        }
        if (threshold.Min > threshold.Max)
        {
            throw rule.Error(value, $"threshold for '{metric}' has min {threshold.Min} above max {threshold.Max}: no candidate could pass");
        }
        return threshold;
    }

    private static ChampionRule ReadChampionRule(YamlNodeReader rulesNode, string metric, YamlNode value, TaskKind task)
    {
        var rule = Metric(rulesNode, metric, value, task);
        var champion = new ChampionRule(
            metric,
            rule.OptionalDouble("min_absolute_change"),
            rule.OptionalDouble("min_relative_change"),
            rule.OptionalBool("pass_when_champion_lacks_metric") ?? false,
            rule.OptionalBool("require_gain_beyond_cv_spread") ?? false);
        rule.RejectUnknownKeys();
        return champion.MinAbsoluteChange is null && champion.MinRelativeChange is null
            ? throw rule.Error(value, $"champion rule for '{metric}' needs 'min_absolute_change' or 'min_relative_change'")
            : champion;
    }

    private static YamlNodeReader Metric(YamlNodeReader parent, string metric, YamlNode value, TaskKind task, bool monitoring = false)
    {
        var known = monitoring ? MetricCatalog.ForMonitoring(task) : MetricCatalog.For(task);
        if (!known.Contains(metric, StringComparer.Ordinal))
        {
            throw parent.Error(value, $"'{metric}' is not a {SnakeCaseNames.Name(task)} metric ({string.Join(", ", known)})");
        }
        return value is YamlMappingNode mapping
            ? new YamlNodeReader(parent.File, parent.Child(metric), mapping)
            : throw parent.Error(value, $"'{parent.Child(metric)}' must be a mapping such as {{ min: 0.75 }}");
    }
}
