using CiCd.Configuration.Yaml;

namespace CiCd.Configuration;

/// <summary>Reads the optional <c>validation</c> section (dataset-level rules).</summary>
internal static class ValidationSection
{
    public static ValidationConfig Read(YamlNodeReader? node)
    {
        var defaults = ValidationConfig.Default;
        if (node is null)
        {
            return defaults;
        }
        var rows = node.OptionalMapping("rows");
        var duplicates = node.OptionalMapping("duplicates");
        var classShare = node.OptionalMapping("class_share");
        var config = new ValidationConfig(
            rows?.OptionalInt("min") ?? defaults.MinRows,
            rows?.OptionalInt("max") ?? defaults.MaxRows,
            rows?.OptionalEnum<Severity>("severity") ?? defaults.RowCountSeverity,
            duplicates?.OptionalDouble("max_share") ?? defaults.MaxDuplicateShare,
            duplicates?.OptionalEnum<Severity>("severity") ?? defaults.DuplicateSeverity,
            classShare?.OptionalDouble("min") ?? defaults.MinClassShare,
            classShare?.OptionalEnum<Severity>("severity") ?? defaults.ClassShareSeverity);
        if (config.MaxRows is { } max && config.MinRows > max)
        {
            throw rows!.ErrorAt("min", $"'validation.rows.min' ({config.MinRows}) is above 'validation.rows.max' ({max}): no dataset could pass");
        }
        foreach (var section in new[] { rows, duplicates, classShare })
        {
            section?.RejectUnknownKeys();
        }
        _ = node.OptionalDouble("max_missing_share");
        node.RejectUnknownKeys();
        return config;
    }
}
