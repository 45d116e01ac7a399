using CiCd.Configuration.Yaml;

namespace CiCd.Configuration;

/// <summary>
/// What a regression task changes in mlops.yaml: the target is a numeric column with its own range and missing policy,
/// and the keys that only make sense for classes (classes, positive class, cost matrix, class shares) are errors that
/// name the key rather than being silently ignored.
/// </summary>
internal static class RegressionSection
{
    private const string NoClassesReason = "does not apply to a regression task: the target is a number, not a class";

    /// <summary>A regression task declares no classes; returns the empty class list.</summary>
    public static List<string> NoClasses(YamlNodeReader dataset)
    {
        foreach (var key in new[] { "classes", "positive_class" })
        {
            if (dataset.Has(key))
            {
                throw dataset.ErrorAt(key, $"'{dataset.Child(key)}' {NoClassesReason}");
            }
        }
        return [];
    }

    /// <summary>
    /// The target's spec: it must be numeric; unless the column says <c>missing</c> itself, a missing target is forbidden
    /// (the dataset-wide <c>max_missing_share</c> is about features, and a row without a target teaches nothing).
    /// </summary>
    public static ColumnSpec Target(YamlNodeReader columns, IReadOnlyList<ColumnSpec> specs, string target)
    {
        var spec = specs.Single(c => c.Name == target);
        if (spec.Kind != ColumnKind.Numeric)
        {
            throw columns.ErrorAt(target, $"the target '{target}' of a regression task must be numeric, not {SnakeCaseNames.Name(spec.Kind)}");
        }
        var explicitMissing = columns.Node is YamlDotNet.RepresentationModel.YamlMappingNode mapping
            && mapping.Children.TryGetValue(new YamlDotNet.RepresentationModel.YamlScalarNode(target), out var value)
            && value is YamlDotNet.RepresentationModel.YamlMappingNode column
            && column.Children.ContainsKey(new YamlDotNet.RepresentationModel.YamlScalarNode("missing"));
        return explicitMissing ? spec : spec with { MaxMissingShare = 0 };
    }

    /// <summary>Rejects <c>training.cost_matrix</c> and <c>validation.class_share</c> for a regression task.</summary>
    public static void RejectClassificationKeys(YamlNodeReader root, TaskKind task)
    {
        if (task != TaskKind.Regression)
        {
            return;
        }
        if (root.OptionalMapping("training") is { } training && training.Has("cost_matrix"))
        {
            throw training.ErrorAt("cost_matrix", $"'training.cost_matrix' {NoClassesReason}; gate on 'mae' or 'rmse' instead");
        }
        if (root.OptionalMapping("validation") is { } validation && validation.Has("class_share"))
        {
            throw validation.ErrorAt("class_share", $"'validation.class_share' {NoClassesReason}; bound the target with 'range' on its column");
        }
    }

    /// <summary>Reads <c>training.target_transform</c>, which only a regression task may set.</summary>
    public static TargetTransform TargetTransform(YamlNodeReader training, TaskKind task)
    {
        var transform = training.OptionalEnum<TargetTransform>("target_transform");
        if (transform is not null && task != TaskKind.Regression)
        {
            throw training.ErrorAt("target_transform", $"'training.target_transform' applies only to a regression task, not {SnakeCaseNames.Name(task)}");
        }
        return transform ?? Configuration.TargetTransform.None;
    }
}
