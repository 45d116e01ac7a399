using System.Collections;
using System.Globalization;
using System.Reflection;
using CiCd.Configuration;
using CiCd.Configuration.Yaml;
using CiCd.Monitoring.Policy;

namespace CiCd.Workflows.Tests.Docs;

/// <summary>
/// The <c>mlops.yaml</c> keys, found by reflection over the config records the loader returns (each settable
/// property in snake_case, as the loader names them, under its section), with the value a minimal config gets.
/// A property added to a config record is a key here at once, so the reference cannot miss it.
/// </summary>
public static class ConfigKeys
{
    /// <summary>One key: its section (a heading of docs/config.md), its row there, and its default (null when it has none to state).</summary>
    public sealed record Key(string Property, string Section, string Row, string? Default);

    // Where the YAML is not the property in snake_case: the loader reads these from a nested block, or another section holds the default.
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["ValidationConfig.MinRows"] = "rows.min",
        ["ValidationConfig.MaxRows"] = "rows.max",
        ["ValidationConfig.RowCountSeverity"] = "rows.severity",
        ["ValidationConfig.MaxDuplicateShare"] = "duplicates.max_share",
        ["ValidationConfig.DuplicateSeverity"] = "duplicates.severity",
        ["ValidationConfig.MinClassShare"] = "class_share.min",
        ["ValidationConfig.ClassShareSeverity"] = "class_share.severity",
        ["ColumnSpec.MaxMissingShare"] = "validation/max_missing_share",
        ["GateConfig.ChampionCard"] = "champion.card",
        ["GateConfig.ChampionRules"] = "champion.rules",
        ["ReleaseConfig.VersionPrefix"] = "version",
        ["CostEntry.Actual"] = "cost_matrix",
        ["CostEntry.Predicted"] = "cost_matrix",
        ["CostEntry.Cost"] = "cost_matrix",
    };

    // The rows of a list's entries start with where the entry sits.
    private static readonly Dictionary<string, string> EntryPrefix = new(StringComparer.Ordinal)
    {
        [nameof(DriftColumnConfig)] = "columns.<name>.",
        [nameof(ChampionRule)] = "champion.rules.<metric>.",
    };

    // Not keys: what the loader fills in (where the file is, positions and errors for messages), and the names of list entries.
    private static readonly HashSet<string> NotKeys = new(StringComparer.Ordinal)
    {
        "MlopsConfig.SourceFile", "DatasetConfig.PathFrom", "DatasetConfig.TargetColumn", "DriftConfig.Source",
        "DriftConfig.Positions", "RegistryConfig.Refusal", "ColumnSpec.Name", "DriftColumnConfig.Name", "ChampionRule.Metric",
        "ThresholdRule.Metric",
    };

    // Defaults that name another key (`dataset.name`, `models` next to the config) rather than a value.
    private static readonly HashSet<string> DefaultsElsewhere = new(StringComparer.Ordinal)
    {
        "TrackingConfig.Experiment", "RegistryConfig.Root", "RegistryConfig.Model",
    };

    /// <summary>Every key of <paramref name="config"/>, a config loaded from <paramref name="given"/> (the keys it sets have no default to state).</summary>
    public static IReadOnlyList<Key> Of(MlopsConfig config, IReadOnlySet<string> given)
    {
        var keys = new Dictionary<string, Key>(StringComparer.Ordinal);
        var policy = config.Drift.ToPolicy();
        foreach (var section in Settable(typeof(MlopsConfig)).Where(p => IsRecord(p.PropertyType)))
        {
            Walk(section.PropertyType, section.GetValue(config), SnakeCaseNames.ToSnakeCase(section.Name), "", keys, given, policy);
        }
        return [.. keys.Values];
    }

    private static void Walk(Type type, object? value, string section, string prefix, Dictionary<string, Key> keys, IReadOnlySet<string> given, DriftPolicy policy)
    {
        foreach (var property in Settable(type))
        {
            var name = $"{type.Name}.{property.Name}";
            if (NotKeys.Contains(name) || keys.ContainsKey(name))
            {
                continue;
            }
            var current = value is null ? null : property.GetValue(value);
            if (Entry(property.PropertyType) is { } entry)
            {
                keys[name] = Describe(name, property, section, prefix, null, given);
                var first = current is IEnumerable list ? list.Cast<object>().FirstOrDefault() : null;
                Walk(entry, first, section, EntryPrefix.GetValueOrDefault(entry.Name, ""), keys, given, policy);
                continue;
            }
            keys[name] = Describe(name, property, section, prefix, current ?? PolicyDefault(type, property, policy), given);
        }
    }

    private static Key Describe(string name, PropertyInfo property, string section, string prefix, object? value, IReadOnlySet<string> given)
    {
        var row = Renamed.GetValueOrDefault(name, prefix + SnakeCaseNames.ToSnakeCase(property.Name));
        if (row.Split('/') is [var elsewhere, var key])
        {
            (section, row) = (elsewhere, key);
        }
        var stated = given.Contains(name) || DefaultsElsewhere.Contains(name) ? null : Format(value);
        return new Key(name, section, row, stated);
    }

    // The drift section's values stay null until the policy applies its defaults: Share is DriftShare, PValue PValueThreshold.
    private static object? PolicyDefault(Type type, PropertyInfo property, DriftPolicy policy)
    {
        if (type != typeof(DriftConfig))
        {
            return null;
        }
        if (property.Name == nameof(DriftConfig.PsiBands))
        {
            return new[] { policy.PsiModerate, policy.PsiMajor };
        }
        return new[] { property.Name, "Drift" + property.Name, property.Name + "Threshold" }
            .Select(n => typeof(DriftPolicy).GetProperty(n))
            .FirstOrDefault(p => p is not null)?.GetValue(policy);
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        double number => number.ToString("0.#####", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        Enum member => SnakeCaseNames.ToSnakeCase(member.ToString()),
        string or int => Convert.ToString(value, CultureInfo.InvariantCulture),
        IEnumerable<double> numbers => $"[{string.Join(", ", numbers.Select(n => Format(n)))}]",
        _ => null,
    };

    // Settable instance properties: the constructor's and the init-only ones, not computed ones such as Features.
    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null);

    private static bool IsRecord(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace == typeof(MlopsConfig).Namespace && type.GetMethod("<Clone>$") is not null
        && type != typeof(NumericRange);

    // The record a list holds, when it holds config records (columns, candidates, rules).
    private static Type? Entry(Type type) =>
        type.IsGenericType && type.GetGenericArguments() is [var item] && IsRecord(item) ? item : null;
}
