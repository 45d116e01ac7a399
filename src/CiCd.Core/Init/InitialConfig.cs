using System.Text;
using CiCd.Configuration;
using CiCd.Configuration.Yaml;
using CiCd.Data;
using CiCd.Errors;

namespace CiCd.Init;

/// <summary>
/// Writes a complete, commented mlops.yaml for a CSV: a kind per column inferred from the values, the classes and the
/// positive class, and validation, training, gate and drift defaults derived from the data, so that
/// <c>validate → train → gate</c> runs on it without edits.
/// </summary>
public static class InitialConfig
{
    /// <summary>Reads <see cref="InitRequest.DataPath"/> and returns the config text and its warnings.</summary>
    public static InitialDraft Render(InitRequest request) => Render(CsvReader.Read(request.DataPath), request);

    /// <summary>The config text and its warnings for an already-read table.</summary>
    public static InitialDraft Render(CsvTable table, InitRequest request)
    {
        var targetIndex = table.IndexOf(request.Target);
        if (targetIndex < 0)
        {
            throw new InputException(table.File, 1, null,
                $"the target '{request.Target}' is not a column of the header ({string.Join(", ", table.Header)}); check --target");
        }
        var summary = Summarize(table, targetIndex, request);
        var text = new StringBuilder();
        var relative = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(request.ConfigPath))!, Path.GetFullPath(table.File)).Replace('\\', '/');
        text.AppendLine($"# Written by `mlops init` from {Path.GetFileName(table.File)} ({summary.Rows} rows, {table.Header.Count} columns).");
        text.AppendLine("# Every default below was derived from that file; the comments say from what. Paths are relative to this file.");
        var warnings = InitWarnings.For(summary);
        foreach (var warning in warnings)
        {
            text.AppendLine($"# Warning: {warning}.");
        }
        text.AppendLine("dataset:");
        text.AppendLine($"  name: {YamlScalar.Of(NameOf(table.File))}");
        text.AppendLine($"  path: {YamlScalar.Of(relative)}");
        text.AppendLine($"  target: {YamlScalar.Of(request.Target)}");
        text.AppendLine($"  task: {SnakeCaseNames.Name(summary.Task)}{TaskComment(summary, request)}");
        if (summary.Task != TaskKind.Regression)
        {
            text.AppendLine($"  classes: {YamlScalar.List(summary.ClassCounts.Select(c => c.Class))}   # rows: {string.Join(", ", summary.ClassCounts.Select(c => $"{c.Class} {c.Count}"))}");
        }
        if (summary.Task == TaskKind.Binary)
        {
            var positive = summary.ClassCounts[1];
            var why = request.PositiveClass is null ? "the minority class; `mlops init --positive CLASS` picks another" : "as asked with --positive";
            text.AppendLine($"  positive_class: {YamlScalar.Of(positive.Class)}   # {positive.Count} of {summary.Rows} rows, {why}");
        }
        text.AppendLine("  # Kinds inferred from the values: numeric (numbers), ordinal (ranges or ordered levels, lowest first),");
        text.AppendLine("  # categorical (other text), ignore (identifiers: every value distinct). `missing` is the observed share, rounded up.");
        text.AppendLine("  columns:");
        for (var c = 0; c < table.Header.Count; c++)
        {
            text.AppendLine("    " + (c == targetIndex && summary.NumericTarget is { } numeric
                ? RegressionDraft.TargetLine(table.Header[c], numeric)
                : ColumnLine(table, c, c == targetIndex)));
        }
        PolicyDraft.Append(text, summary);
        return new InitialDraft(text.ToString(), warnings);
    }

    private static string ColumnLine(CsvTable table, int index, bool isTarget)
    {
        var name = table.Header[index];
        var values = table.Rows.Select(r => r.Values[index]).ToList();
        var missing = values.Count(MissingValues.IsMissing);
        var (kind, order) = isTarget ? (ColumnKind.Categorical, (IReadOnlyList<string>)[]) : ColumnKindInference.Infer(name, values);
        var entries = new List<string> { $"kind: {SnakeCaseNames.Name(kind)}" };
        if (kind == ColumnKind.Ordinal)
        {
            entries.Add($"order: {YamlScalar.List(order)}");
        }
        var comment = "";
        if (missing > 0)
        {
            var share = missing / (double)values.Count;
            entries.Add($"missing: {YamlScalar.Number(Math.Min(1, Math.Ceiling(share * 100) / 100 + 0.01))}");
            comment = $"   # {missing} missing ({share:P1})";
        }
        return entries.Count == 1
            ? $"{YamlScalar.Of(name)}: {SnakeCaseNames.Name(kind)}{comment}"
            : $"{YamlScalar.Of(name)}: {{ {string.Join(", ", entries)} }}{comment}";
    }

    private static DataSummary Summarize(CsvTable table, int targetIndex, InitRequest request)
    {
        var labels = table.Rows.Select(r => r.Values[targetIndex]).Where(v => !MissingValues.IsMissing(v)).Select(v => v!.Trim()).ToList();
        if (labels.Count < table.Rows.Count)
        {
            throw new InputException(table.File, null, targetIndex + 1,
                $"the target '{request.Target}' is missing in {table.Rows.Count - labels.Count} rows; a config needs every row labelled");
        }
        var duplicates = table.Rows.Count - table.Rows.Select(r => string.Join('\u001f', r.Values)).Distinct(StringComparer.Ordinal).Count();
        var duplicateShare = duplicates / (double)table.Rows.Count;
        var task = TaskInference.Decide(table, targetIndex, request.Task);
        if (task == TaskKind.Regression)
        {
            var values = labels.Select(l => NumberText.TryParse(l, out var y) ? y : double.NaN).ToList();
            return new DataSummary(table.Rows.Count, task, [], duplicateShare, NumericTarget.Of(values));
        }
        var counts = labels.GroupBy(l => l, StringComparer.Ordinal).Select(g => (Class: g.Key, Count: g.Count())).ToList();
        if (task == TaskKind.Binary && counts.Count != 2)
        {
            throw new InputException(table.File, null, targetIndex + 1,
                $"--task binary needs exactly 2 classes in '{request.Target}', found {counts.Count}; use --task multiclass");
        }
        if (task == TaskKind.Multiclass && counts.Count < 3)
        {
            throw new InputException(table.File, null, targetIndex + 1,
                $"--task multiclass needs at least 3 classes in '{request.Target}', found {counts.Count}; use --task binary");
        }
        var ordered = task == TaskKind.Binary ? BinaryOrder(counts, request, table.File) : [.. counts.OrderBy(c => c.Class, ClassOrder.Instance)];
        return new DataSummary(table.Rows.Count, task, ordered, duplicateShare);
    }

    private static string TaskComment(DataSummary summary, InitRequest request) =>
        request.Task is not null ? "   # as asked with --task"
        : summary.Task == TaskKind.Regression ? $"   # numbers with more than {TaskInference.MaxClassLikeNumbers} distinct values (or fractions); `--task multiclass` reads them as classes"
        : "";

    // The negative class first, then the positive one (the minority unless --positive says otherwise).
    private static List<(string Class, int Count)> BinaryOrder(List<(string Class, int Count)> counts, InitRequest request, string file)
    {
        if (request.PositiveClass is { } asked && !counts.Exists(c => c.Class == asked))
        {
            throw new InputException(file, null, null,
                $"--positive '{asked}' is not a class of '{request.Target}' ({string.Join(", ", counts.Select(c => c.Class))})");
        }
        var positive = request.PositiveClass ?? counts.OrderBy(c => c.Count).ThenByDescending(c => c.Class, ClassOrder.Instance).First().Class;
        return [counts.Single(c => c.Class != positive), counts.Single(c => c.Class == positive)];
    }

    private static string NameOf(string file)
    {
        var stem = Path.GetFileNameWithoutExtension(file).ToLowerInvariant();
        var name = new string([.. stem.Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '-')]).Trim('-');
        return name.Length > 0 ? name : "model";
    }

    // Classes that are numbers sort by value ("2" before "10"), others by text.
    private sealed class ClassOrder : IComparer<string>
    {
        public static readonly ClassOrder Instance = new();

        public int Compare(string? x, string? y) =>
            NumberText.TryParse(x ?? "", out var a) && NumberText.TryParse(y ?? "", out var b)
                ? a.CompareTo(b)
                : string.CompareOrdinal(x, y);
    }
}
