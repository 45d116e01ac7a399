using CiCd.Configuration;
using CiCd.Errors;

namespace CiCd.Data.Profiling;

/// <summary>
/// Reads a data file into a <see cref="ProfileInput"/>: every column of the file, not only the model's features.
/// Declared columns keep their kind (ignored ones are read as texts); columns the config does not name, and every
/// column when there is no config, are read as texts and typed by <see cref="ColumnKindGuess"/>.
/// </summary>
public static class ProfileSource
{
    /// <summary>The configured data set (or <paramref name="dataFile"/> under its schema).</summary>
    public static ProfileInput FromConfig(DatasetConfig config, string? dataFile = null)
    {
        var table = dataFile is null ? CsvReader.Read(config) : CsvReader.Read(dataFile);
        var declared = config.Columns.ToDictionary(c => c.Name, c => c.Kind, StringComparer.Ordinal);
        var columns = table.Header.Where(h => h != config.Target)
            .Select(h => config.Columns.FirstOrDefault(c => c.Name == h) is { } spec
                ? (spec.Kind == ColumnKind.Ignore ? spec with { Kind = ColumnKind.Categorical } : spec)
                : Text(h))
            .ToList();
        return Input(table, config with { Columns = columns }, declared, hasConfig: true, DatasetFingerprint.Compute(table, config));
    }

    /// <summary>A bare data file and its target column: classes are the target's values (binary: the rarer one is positive).</summary>
    public static ProfileInput FromFile(string path, string target)
    {
        var table = CsvReader.Read(path);
        var index = table.IndexOf(target);
        if (index < 0)
        {
            throw new InputException(path, 1, null, $"target column '{target}' is not in the header ({string.Join(", ", table.Header)})");
        }
        var counts = table.Rows.Select(r => r.Values[index]).Where(v => !MissingValues.IsMissing(v)).Select(v => v!.Trim())
            .GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (counts.Count < 2)
        {
            throw new InputException(path, 2, index + 1, $"target '{target}' holds {counts.Count} class(es); a profile against the target needs at least two");
        }
        var binary = counts.Count == 2;
        var classes = binary ? [counts[0].Key, counts[1].Key] : counts.Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
        var config = new DatasetConfig(Path.GetFileNameWithoutExtension(path), path, target, binary ? TaskKind.Binary : TaskKind.Multiclass,
            binary ? classes[1] : null, classes, [.. table.Header.Where(h => h != target).Select(Text)]);
        return Input(table, config, new Dictionary<string, ColumnKind>(), hasConfig: false, DatasetFingerprint.Compute(table, config));
    }

    private static ProfileInput Input(CsvTable table, DatasetConfig config, Dictionary<string, ColumnKind> declared, bool hasConfig, string fingerprint) =>
        new(table.File, DatasetLoader.Load(table, config), declared, hasConfig,
            MissingSpellings.Gather(table, config.Columns.Select(c => c.Name)), fingerprint);

    private static ColumnSpec Text(string name) => new(name, ColumnKind.Categorical, [], [], null, 1, Severity.Warning);
}
