using CiCd.Configuration.Yaml;
using YamlDotNet.RepresentationModel;

namespace CiCd.Configuration;

/// <summary>Reads the <c>dataset</c> section: file, target, classes and column schema.</summary>
internal static class DatasetSection
{
    public static DatasetConfig Read(YamlNodeReader node, string folder, double defaultMissingShare, ConfigErrors errors)
    {
        var name = node.RequiredString("name");
        var path = Path.GetFullPath(Path.Combine(folder, node.RequiredString("path")));
        var target = node.RequiredString("target");
        var task = node.OptionalEnum<TaskKind>("task") ?? TaskKind.Binary;
        var classes = node.OptionalStringList("classes");
        var positive = node.OptionalString("positive_class");
        var remote = node.OptionalString("remote");
        var version = node.OptionalString("version");
        var columnsNode = node.RequiredMapping("columns");
        var defaultKind = node.OptionalEnum<ColumnKind>("default_kind");
        if (defaultKind == ColumnKind.Ordinal)
        {
            errors.Add(node.ErrorAt("default_kind", "'dataset.default_kind' cannot be ordinal: each ordinal column needs its own 'order'"));
            defaultKind = null;
        }
        var before = errors.Count;
        var declared = columnsNode.Entries()
            .Select(entry => errors.Try(() => ReadColumn(columnsNode, entry.Key, entry.Value, defaultMissingShare)))
            .OfType<ColumnSpec>().ToList();
        var columnsRead = errors.Count == before;
        var columns = ColumnExpansion.Expand(declared, defaultKind, path, defaultMissingShare);
        var orderedClasses = errors.Try(() => task == TaskKind.Regression ? RegressionSection.NoClasses(node) : CheckClasses(node, task, classes, positive))
            ?? [.. classes];
        // A column that failed to read is already reported; its absence must not also be reported as a missing target.
        if (columnsRead && !columns.Any(c => c.Name == target))
        {
            errors.Add(node.Error(columnsNode.Node, $"the target '{target}' must be declared under 'dataset.columns' " +
                (task == TaskKind.Regression ? "(as numeric)" : "(as categorical)")));
        }
        errors.Check(node.RejectUnknownKeys);
        var features = columns.Where(c => c.Name != target).ToList();
        if (columnsRead && !features.Any(c => c.Kind != ColumnKind.Ignore))
        {
            errors.Add(node.Error(columnsNode.Node, "at least one column besides the target must be a feature (not 'ignore')"));
        }
        return new DatasetConfig(name, path, target, task, positive, orderedClasses, features)
        {
            PathFrom = node.PlaceOf("path"),
            Remote = remote,
            Version = version,
            TargetColumn = task == TaskKind.Regression && columns.Any(c => c.Name == target)
                ? errors.Try(() => RegressionSection.Target(columnsNode, columns, target))
                : null,
        };
    }

    private static List<string> CheckClasses(YamlNodeReader node, TaskKind task, IReadOnlyList<string> classes, string? positive)
    {
        if (classes.Count != classes.Distinct(StringComparer.Ordinal).Count())
        {
            throw node.Error(node.Node, "'dataset.classes' lists a class twice");
        }
        if (task == TaskKind.Multiclass)
        {
            return classes.Count >= 3
                ? [.. classes]
                : throw node.Error(node.Node, "a multiclass task needs 'dataset.classes' with at least 3 classes");
        }
        if (classes.Count != 2 || positive is null || !classes.Contains(positive))
        {
            throw node.Error(node.Node,
                "a binary task needs 'dataset.classes' with exactly 2 classes and 'dataset.positive_class' naming one of them");
        }
        return [classes.Single(c => c != positive), positive];
    }

    private static ColumnSpec ReadColumn(YamlNodeReader columns, string name, YamlNode value, double defaultMissingShare)
    {
        // Shorthand "age: numeric" next to the full form "age: { kind: numeric, range: [18, 100] }".
        if (value is YamlScalarNode scalar)
        {
            var kind = ParseKind(columns, name, scalar);
            if (kind == ColumnKind.Ordinal)
            {
                throw columns.Error(scalar, $"ordinal column '{name}' needs its categories in order: write {{ kind: ordinal, order: [low, …, high] }}");
            }
            return new ColumnSpec(name, kind, [], [], null, defaultMissingShare, Severity.Error);
        }
        if (value is not YamlMappingNode mapping)
        {
            throw columns.Error(value, $"column '{name}' must be a kind (numeric, categorical, ordinal, ignore) or a mapping");
        }
        var node = new YamlNodeReader(columns.File, columns.Child(name), mapping);
        var spec = ReadColumnMapping(node, name, defaultMissingShare);
        node.RejectUnknownKeys();
        return spec;
    }

    private static ColumnSpec ReadColumnMapping(YamlNodeReader node, string name, double defaultMissingShare)
    {
        var kind = node.OptionalEnum<ColumnKind>("kind") ?? throw node.Error(node.Node, $"column '{name}' needs a 'kind'");
        var order = node.OptionalStringList("order");
        var allowed = node.OptionalStringList("allowed");
        var range = node.OptionalDoubleList("range");
        if (kind == ColumnKind.Ordinal && order.Count < 2)
        {
            throw node.Error(node.Node, $"ordinal column '{name}' needs 'order' with its categories from lowest to highest");
        }
        if (kind != ColumnKind.Ordinal && order.Count > 0)
        {
            throw node.Error(node.Node, $"'order' is only for ordinal columns; '{name}' is {SnakeCaseNames.Name(kind)}");
        }
        if (range.Count > 0 && (kind != ColumnKind.Numeric || range.Count != 2 || range[0] > range[1]))
        {
            throw node.Error(node.Node, $"'range' of '{name}' must be [min, max] with min <= max, on a numeric column");
        }
        if (allowed.Count > 0 && kind is ColumnKind.Numeric)
        {
            throw node.Error(node.Node, $"'allowed' is for categorical columns; '{name}' is numeric");
        }
        var missing = ReadMissingShare(node, defaultMissingShare);
        var severity = node.OptionalEnum<Severity>("severity") ?? Severity.Error;
        var bounds = range.Count == 2 ? new NumericRange(range[0], range[1]) : null;
        return new ColumnSpec(name, kind, order, allowed, bounds, missing, severity);
    }

    private static double ReadMissingShare(YamlNodeReader node, double defaultMissingShare)
    {
        var text = node.OptionalString("missing");
        return text switch
        {
            null => defaultMissingShare,
            "forbid" => 0,
            "allow" => 1,
            _ when double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var share) && share is >= 0 and <= 1 => share,
            _ => throw node.Error(node.Node, $"'{node.Child("missing")}' must be forbid, allow or a share in [0, 1], found '{text}'"),
        };
    }

    private static ColumnKind ParseKind(YamlNodeReader columns, string name, YamlScalarNode scalar) =>
        SnakeCaseNames.TryParse<ColumnKind>(scalar.Value ?? "", out var kind)
            ? kind
            : throw columns.Error(scalar, $"column '{name}' has unknown kind '{scalar.Value}' (numeric, categorical, ordinal, ignore)");
}
