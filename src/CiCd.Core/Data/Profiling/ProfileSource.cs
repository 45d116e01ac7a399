using CiCd.Configuration;
using CiCd.Data.Columnar;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Init;

namespace CiCd.Data.Profiling;

/// <summary>
/// Reads a data file into a <see cref="ProfileInput"/> in one streaming pass of the columnar reader: every column of
/// the file, not only the model's features. Declared columns keep their kind (ignored ones are read as texts); columns
/// the config does not name, and every column when there is no config, are read as dictionary-coded texts and typed by
/// <see cref="ColumnKindGuess"/> from their distinct values.
/// </summary>
public static class ProfileSource
{
    /// <summary>The configured data set (or <paramref name="dataFile"/> under its schema).</summary>
    public static ProfileInput FromConfig(DatasetConfig config, string? dataFile = null)
    {
        var declared = config.Columns.ToDictionary(c => c.Name, c => c.Kind, StringComparer.Ordinal);
        DatasetConfig Everything(IReadOnlyList<string> header) => config with
        {
            Columns = [.. header.Where(h => h != config.Target).Select(h => config.Columns.FirstOrDefault(c => c.Name == h) is { } spec
                ? (spec.Kind == ColumnKind.Ignore ? spec with { Kind = ColumnKind.Categorical } : spec)
                : Text(h))],
        };
        DatasetConfig? read = null;
        var table = ColumnarReader.Read(dataFile ?? config.Path, header => read = Everything(header), dataFile is null ? config.PathFrom : null);
        if (read!.Task == TaskKind.Regression)
        {
            // The regression loader decides which rows stay (a missing target may drop them): profile what it keeps.
            var data = TargetQuintiles.Apply(DatasetLoader.Load(table, read));
            return new(table.File, data.Config, [.. data.Columns.Select(ProfileColumn.Of)], data.Labels, declared, true, table.Fingerprint) { TargetValues = data.Targets };
        }
        var labels = DatasetLoader.Labels(table, read);
        var columns = read.Features.Select(spec => ProfileColumn.Of(DatasetLoader.Values(table, spec), spec)).ToList();
        return new(table.File, read, columns, labels, declared, true, table.Fingerprint);
    }

    /// <summary>
    /// A bare data file and its target column: classes are the target's values (binary: the rarer one is positive); a
    /// target <c>mlops init</c> would read as a quantity (<see cref="TaskInference"/>) is profiled by its quintiles.
    /// </summary>
    public static ProfileInput FromFile(string path, string target)
    {
        DatasetConfig Texts(IReadOnlyList<string> header) => header.Contains(target)
            ? new(Path.GetFileNameWithoutExtension(path), path, target, TaskKind.Multiclass, null, [], [.. header.Where(h => h != target).Select(Text)])
            : throw new InputException(path, 1, null, $"target column '{target}' is not in the header {HeaderText.Of(header)}");
        DatasetConfig? read = null;
        var table = ColumnarReader.Read(path, header => read = Texts(header));
        var values = table.Column(target)!;
        if (values.MissingRows.Count == 0 && TaskInference.Decide(table, values, null) == TaskKind.Regression)
        {
            // A quantity, as `mlops init` reads it: profiled against its quintiles, not against each value as a class.
            var targets = values.Codes!.Select(code => NumberText.TryParse(values.Levels[code], out var y) ? y : double.NaN).ToArray();
            var (quintiles, names) = TargetQuintiles.Of(targets);
            var quantity = read! with { Task = TaskKind.Regression, Classes = names };
            var features = quantity.Features.Select(spec => ProfileColumn.Of(table.Column(spec.Name)!, spec)).ToList();
            return new(path, quantity, features, quintiles, new Dictionary<string, ColumnKind>(), false, table.Fingerprint) { TargetValues = targets };
        }
        var counts = values.Levels.Zip(ProfileColumn.Of(values, read!.TargetColumn ?? Text(target)).LevelCounts())
            .OrderByDescending(p => p.Second).ThenBy(p => p.First, StringComparer.Ordinal).Select(p => p.First).ToList();
        if (counts.Count < 2)
        {
            throw new InputException(path, 2, values.Index + 1, $"target '{target}' holds {Counted.Of(counts.Count, "class", "classes")}; a profile against the target needs at least two");
        }
        var binary = counts.Count == 2;
        var classes = binary ? [counts[0], counts[1]] : counts.Order(StringComparer.Ordinal).ToList();
        var config = read with { Task = binary ? TaskKind.Binary : TaskKind.Multiclass, PositiveClass = binary ? classes[1] : null, Classes = classes };
        var columns = config.Features.Select(spec => ProfileColumn.Of(table.Column(spec.Name)!, spec)).ToList();
        return new(path, config, columns, DatasetLoader.Labels(table, config), new Dictionary<string, ColumnKind>(), false, table.Fingerprint);
    }

    /// <summary>Typed rows already in memory (the training rows a run split off), under their config.</summary>
    public static ProfileInput FromDataset(Dataset data, string fingerprint) => FromRows(TargetQuintiles.Apply(data), fingerprint);

    private static ProfileInput FromRows(Dataset data, string fingerprint) =>
        new(data.Config.Path, data.Config, [.. data.Columns.Select(ProfileColumn.Of)], data.Labels,
            data.Config.Columns.ToDictionary(c => c.Name, c => c.Kind, StringComparer.Ordinal), true, fingerprint)
        { TargetValues = data.Targets };

    private static ColumnSpec Text(string name) => new(name, ColumnKind.Categorical, [], [], null, 1, Severity.Warning);
}
