using CiCd.Configuration.Yaml;

namespace CiCd.Configuration;

/// <summary>Reads the optional <c>monitor</c> section: <c>on_drift</c> (issue or retrain), <c>retrain_workflow</c>, <c>retrain_branch</c>, <c>performance</c>.</summary>
internal static class MonitorSection
{
    public static MonitorConfig Read(YamlNodeReader? node, TaskKind task)
    {
        var defaults = MonitorConfig.Default;
        if (node is null)
        {
            return defaults;
        }
        var config = new MonitorConfig(
            node.OptionalEnum<DriftResponse>("on_drift") ?? defaults.OnDrift,
            node.OptionalString("retrain_workflow") ?? defaults.RetrainWorkflow,
            node.OptionalString("retrain_branch") ?? defaults.RetrainBranch)
        {
            Performance = node.OptionalMapping("performance") is { } performance ? GatesSection.Thresholds(performance, task, monitoring: true) : [],
        };
        node.RejectUnknownKeys();
        return config;
    }
}
