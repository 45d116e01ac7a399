using CiCd.Configuration.Yaml;
using CiCd.Metrics;
using CiCd.Train.Trainers;
using YamlDotNet.RepresentationModel;

namespace CiCd.Configuration;

/// <summary>Reads the <c>training</c> section; trainers, hyperparameters and metrics are checked against the task.</summary>
internal static class TrainingSection
{
    public static TrainingConfig Read(YamlNodeReader node, DatasetConfig dataset, ConfigErrors errors)
    {
        var seed = node.OptionalInt("seed") ?? 42;
        var testFraction = node.OptionalDouble("test_fraction") ?? 0.2;
        if (testFraction is <= 0 or >= 0.9)
        {
            errors.Add(node.ErrorAt("test_fraction", $"'training.test_fraction' must lie in (0, 0.9), found {testFraction}"));
            testFraction = 0.2;
        }
        var folds = node.OptionalInt("folds") ?? 5;
        if (folds is < 2 or > 20)
        {
            errors.Add(node.ErrorAt("folds", $"'training.folds' must lie in [2, 20], found {folds}"));
            folds = 5;
        }
        var shards = node.OptionalInt("shards") ?? 1;
        if (shards is < 1 or > 256)
        {
            errors.Add(node.ErrorAt("shards", $"'training.shards' must lie in [1, 256] (a GitHub Actions matrix runs at most 256 jobs), found {shards}"));
            shards = 1;
        }
        var primary = node.OptionalString("primary_metric") ?? DefaultMetric(dataset.Task);
        if (!MetricCatalog.Exists(dataset.Task, primary))
        {
            errors.Add(node.ErrorAt("primary_metric", $"'training.primary_metric' '{primary}' is not a {SnakeCaseNames.Name(dataset.Task)} metric " +
                $"({string.Join(", ", MetricCatalog.For(dataset.Task))})"));
        }
        var costs = errors.Try(() => ReadCosts(node, dataset)) ?? [];
        var transform = TargetTransform.None;
        errors.Check(() => transform = RegressionSection.TargetTransform(node, dataset.Task));
        var candidatesNode = node.OptionalSequence("candidates")
            ?? throw node.Error(node.Node, "'training.candidates' is required: a list of trainers to try");
        var candidates = candidatesNode.Children
            .Select((item, i) => errors.Try(() => ReadCandidate(node, item, i, dataset.Task)))
            .OfType<CandidateConfig>()
            .ToList();
        if (candidatesNode.Children.Count == 0)
        {
            throw node.Error(candidatesNode, "'training.candidates' lists no trainer");
        }
        errors.Check(node.RejectUnknownKeys);
        return new TrainingConfig(seed, testFraction, folds, primary, candidates, costs) { TargetTransform = transform, Shards = shards };
    }

    private static string DefaultMetric(TaskKind task) => task switch
    {
        TaskKind.Binary => MetricNames.RocAuc,
        TaskKind.Regression => MetricNames.Rmse,
        _ => MetricNames.Accuracy,
    };

    private static List<CostEntry> ReadCosts(YamlNodeReader node, DatasetConfig dataset)
    {
        var list = node.OptionalSequence("cost_matrix");
        if (list is null)
        {
            return [];
        }
        var costs = new List<CostEntry>();
        foreach (var (item, i) in list.Children.Select((item, i) => (item, i)))
        {
            var entry = AsMapping(node, item, $"training.cost_matrix[{i}]");
            var cost = new CostEntry(entry.RequiredString("actual"), entry.RequiredString("predicted"), entry.RequiredDouble("cost"));
            entry.RejectUnknownKeys();
            foreach (var cls in new[] { cost.Actual, cost.Predicted })
            {
                if (!dataset.Classes.Contains(cls))
                {
                    throw entry.Error(item, $"cost matrix names class '{cls}', not one of {string.Join(", ", dataset.Classes)}");
                }
            }
            if (cost.Cost < 0)
            {
                throw entry.Error(item, "a cost must not be negative");
            }
            costs.Add(cost);
        }
        return costs;
    }

    private static CandidateConfig ReadCandidate(YamlNodeReader parent, YamlNode item, int index, TaskKind task)
    {
        var node = AsMapping(parent, item, $"training.candidates[{index}]");
        var name = node.RequiredString("trainer");
        var trainer = TrainerCatalog.Find(task, name) ?? throw node.Error(node.Node,
            $"unknown {SnakeCaseNames.Name(task)} trainer '{name}' ({string.Join(", ", TrainerCatalog.For(task).Select(t => t.Name))})");
        var search = node.OptionalEnum<SearchStrategy>("search") ?? SearchStrategy.Grid;
        var trials = node.OptionalInt("trials") ?? 10;
        if (trials < 1)
        {
            throw node.Error(node.Node, $"'{node.Child("trials")}' must be at least 1");
        }
        var space = new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal);
        if (node.OptionalMapping("space") is { } spaceNode)
        {
            foreach (var (key, value) in spaceNode.Entries())
            {
                space[key] = ReadValues(spaceNode, trainer, key, value);
            }
        }
        node.RejectUnknownKeys();
        return new CandidateConfig(name, search, trials, space);
    }

    private static List<double> ReadValues(YamlNodeReader space, TrainerDefinition trainer, string key, YamlNode value)
    {
        var parameter = trainer.Parameters.FirstOrDefault(p => p.Name == key) ?? throw space.Error(value,
            $"trainer '{trainer.Name}' has no hyperparameter '{key}' ({string.Join(", ", trainer.Parameters.Select(p => p.Name))})");
        var items = value is YamlSequenceNode sequence ? sequence.Children.ToList() : [value];
        var values = items.Select((item, i) => space.ParseNumber($"{space.Child(key)}[{i}]", item)).ToList();
        foreach (var (number, item) in values.Zip(items))
        {
            if (parameter.Problem(number) is { } problem)
            {
                throw space.Error(item, $"'{space.Child(key)}' {problem}");
            }
        }
        return values.Count > 0 ? values : throw space.Error(value, $"'{space.Child(key)}' lists no value");
    }

    private static YamlNodeReader AsMapping(YamlNodeReader parent, YamlNode item, string path) =>
        item is YamlMappingNode mapping
            ? new YamlNodeReader(parent.File, path, mapping)
            : throw parent.Error(item, $"'{path}' must be a mapping");
}
