using CiCd.Configuration;
using CiCd.Data;
using CiCd.Data.Columnar;
using CiCd.Data.Profiling;
using CiCd.Errors;
using CiCd.Formats;

namespace CiCd.Init;

/// <summary>
/// What <c>mlops init</c> reads from the data, in one pass of the columnar reader: the task, the classes and the data
/// profile of every column against the target (a numeric target by its quintiles), the same profile
/// <c>mlops data profile</c> writes, so the kinds and validation defaults init writes are the profile's.
/// </summary>
/// <param name="Profile">The profile of every column but the target.</param>
/// <param name="Summary">Rows, task, classes, duplicates and a numeric target's distribution.</param>
/// <param name="Header">The file's columns in order, the target among them.</param>
public sealed record InitialData(DataProfile Profile, DataSummary Summary, IReadOnlyList<string> Header)
{
    /// <summary>Reads <see cref="InitRequest.DataPath"/> once and profiles it.</summary>
    public static InitialData Read(InitRequest request) =>
        Of(ColumnarReader.Read(request.DataPath, header => TextsOf(request.DataPath, header, request.Target)), request);

    /// <summary>Profiles a table read with <see cref="TextsOf"/>.</summary>
    public static InitialData Of(ColumnarTable table, InitRequest request)
    {
        var target = table.Column(request.Target)!;
        var missing = target.MissingRows.Count;
        if (missing > 0)
        {
            throw new InputException(table.File, table.Lines[target.MissingRows[0]], target.Index + 1,
                $"the target '{request.Target}' is missing in {Counted.Of(missing, "row")}; a config needs every row labelled");
        }
        var config = TextsOf(table.File, table.Header, request.Target);
        var task = TaskInference.Decide(table, target, request.Task);
        var rows = new int[target.Levels.Count];
        foreach (var code in target.Codes!)
        {
            rows[code]++;
        }
        var counts = target.Levels.Zip(rows).Where(p => p.Second > 0).Select(p => (Class: p.First, Count: p.Second)).ToList();
        var duplicateShare = table.DuplicateLines.Count / (double)table.RowCount;
        DataSummary summary;
        int[] labels;
        double[]? targets = null;
        if (task == TaskKind.Regression)
        {
            var values = target.Codes!.Select(code => NumberText.TryParse(target.Levels[code], out var y) ? y : double.NaN).ToArray();
            if (values.Distinct().Count() < 2)
            {
                // Training refuses it too ("nothing to learn"); say so before a config is written for it.
                throw new InputException(table.File, null, target.Index + 1,
                    $"the target '{request.Target}' holds a single value ('{counts[0].Class}' in {Counted.Of(counts[0].Count, "row")}): a regression needs at least " +
                    "2 distinct values; check --target names the column to predict, or add rows where it varies");
            }
            (labels, var classes) = TargetQuintiles.Of(values);
            targets = values;
            config = config with { Task = TaskKind.Regression, Classes = classes };
            summary = new DataSummary(table.RowCount, task, [], duplicateShare, NumericTarget.Of(values));
        }
        else
        {
            var ordered = ClassCounts.Order(counts, task, request, table.File, target.Index + 1);
            config = config with { Task = task, Classes = [.. ordered.Select(c => c.Class)], PositiveClass = task == TaskKind.Binary ? ordered[1].Class : null };
            labels = DatasetLoader.Labels(table, config);
            summary = new DataSummary(table.RowCount, task, ordered, duplicateShare);
        }
        var columns = config.Features.Select(spec => ProfileColumn.Of(table.Column(spec.Name)!, spec)).ToList();
        var input = new ProfileInput(table.File, config, columns, labels, new Dictionary<string, ColumnKind>(), false, table.Fingerprint)
        {
            TargetValues = targets,
        };
        return new InitialData(DataProfiler.Profile(input), summary, table.Header);
    }

    /// <summary>The reading config for a bare file: every column a text (the profile types it), the target named.</summary>
    public static DatasetConfig TextsOf(string file, IReadOnlyList<string> header, string target) => header.Contains(target)
        ? new(Path.GetFileNameWithoutExtension(file), file, target, TaskKind.Multiclass, null, [], [.. header.Where(h => h != target).Select(Text)])
        : throw new InputException(file, 1, null, $"the target '{target}' is not a column of the header {HeaderText.Of(header)}; check --target");

    private static ColumnSpec Text(string name) => new(name, ColumnKind.Categorical, [], [], null, 1, Severity.Warning);
}
