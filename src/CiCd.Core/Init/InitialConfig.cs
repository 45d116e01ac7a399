using System.Text;
using CiCd.Configuration;
using CiCd.Configuration.Yaml;
using CiCd.Data;
using CiCd.Data.Columnar;
using CiCd.Data.Profiling;
using CiCd.Errors;
using CiCd.Formats;

namespace CiCd.Init;

/// <summary>
/// Writes a complete, commented mlops.yaml for a CSV from its data profile: each column's inferred kind, validation
/// defaults from its statistics (range, allowed levels, missing share), the profile's alerts as comments and warnings,
/// the classes and the positive class, and training, gate and drift defaults derived from the data, so that
/// <c>validate → train → gate</c> runs on it without edits.
/// </summary>
public static class InitialConfig
{
    /// <summary>Reads <see cref="InitRequest.DataPath"/> once and returns the config text and its warnings.</summary>
    public static InitialDraft Render(InitRequest request) => Render(InitialData.Read(request), request);

    /// <summary>The config text and its warnings for an already-read table.</summary>
    public static InitialDraft Render(CsvTable table, InitRequest request) =>
        Render(InitialData.Of(ColumnarReader.FromTable(table, InitialData.TextsOf(table.File, table.Header, request.Target)), request), request);

    /// <summary>The config text and its warnings for profiled data.</summary>
    public static InitialDraft Render(InitialData data, InitRequest request)
    {
        var (profile, summary, header) = data;
        var text = new StringBuilder();
        var file = profile.Source;
        var relative = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(request.ConfigPath))!, Path.GetFullPath(file)).Replace('\\', '/');
        text.AppendLine($"# Written by `mlops init` from {YamlScalar.Comment(Path.GetFileName(file))} ({Counted.Of(summary.Rows, "row")}, {Counted.Of(header.Count, "column")}).");
        text.AppendLine("# Every default below was derived from that file's data profile (`mlops data profile` shows it); the comments say");
        text.AppendLine("# from what. Paths are relative to this file.");
        var warnings = InitWarnings.ForHeader(header).Concat(InitWarnings.For(summary))
            .Concat(InitWarnings.ForDeclaredClasses(summary, request.DeclaredLevels?.GetValueOrDefault(request.Target)))
            .Concat(ProfileWarnings.For(profile)).ToList();
        foreach (var warning in warnings)
        {
            text.AppendLine($"# Warning: {YamlScalar.Comment(warning)}.");
        }
        text.AppendLine("dataset:");
        text.AppendLine($"  name: {YamlScalar.Of(NameOf(file))}");
        text.AppendLine($"  path: {YamlScalar.Of(relative)}");
        text.AppendLine($"  target: {YamlScalar.Of(request.Target)}");
        text.AppendLine($"  task: {SnakeCaseNames.Name(summary.Task)}{TaskComment(summary, request)}");
        if (summary.Task != TaskKind.Regression)
        {
            text.AppendLine($"  classes: {YamlScalar.List(summary.ClassCounts.Select(c => c.Class))}   # rows: {YamlScalar.Comment(string.Join(", ", summary.ClassCounts.Select(c => $"{c.Class} {c.Count}")))}");
        }
        if (summary.Task == TaskKind.Binary)
        {
            var positive = summary.ClassCounts[1];
            var why = request.PositiveClass is not null ? "as asked with --positive"
                : ClassCounts.Affirmative(summary.ClassCounts) is not null ? "the yes of a yes/no pair; `mlops init --positive CLASS` picks the other"
                : "the minority class; `mlops init --positive CLASS` picks another";
            text.AppendLine($"  positive_class: {YamlScalar.Of(positive.Class)}   # {positive.Count} of {Counted.Of(summary.Rows, "row")}, {why}");
        }
        text.AppendLine("  # Kinds as the data profile infers them: numeric (numbers), ordinal (ranges or ordered levels, lowest first),");
        text.AppendLine("  # categorical (other text), ignore (identifiers, free text). `range` allows as much again as observed, `allowed`");
        text.AppendLine("  # lists the levels seen (up to 10), `missing` is the observed share plus what a later sample of");
        text.AppendLine($"  # {MissingShareBound.SampleRows(summary.Rows)} rows (drift's min_current_sample) may show by chance: three standard errors.");
        if (request.DeclaredLevels is { Count: > 0 })
        {
            text.AppendLine("  # A level the ARFF header declares is allowed though no row holds it: the header gives the column's domain.");
        }
        text.AppendLine("  columns:");
        RequireAFeature(profile.Columns, request.Target, file);
        var columns = profile.Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        foreach (var name in header)
        {
            text.AppendLine(ColumnIndent + (name == request.Target
                ? TargetLine(name, summary)
                : ColumnDraft.Line(columns[name], summary.Rows, profile.Alerts, request.DeclaredLevels?.GetValueOrDefault(name))));
        }
        PolicyDraft.Append(text, summary);
        return new InitialDraft(text.ToString(), warnings);
    }

    /// <summary>Where a column's line starts under <c>dataset.columns</c>.</summary>
    internal const string ColumnIndent = "    ";

    // The loader refuses a config without a feature; said here, the error names the data file and why each column was
    // ignored, not a line of a config that is never written.
    private static void RequireAFeature(IReadOnlyList<ColumnProfile> profiles, string target, string file)
    {
        var others = profiles.Where(c => c.Name != target).ToList();
        if (others.Count == 0 || others.Exists(c => c.Inferred != ColumnKind.Ignore))
        {
            return;
        }
        const int Named = 3;
        var named = string.Join("; ", others.Take(Named).Select(c => $"'{c.Name}' is ignored ({c.InferredReason})"));
        var more = others.Count > Named ? $"; and {others.Count - Named} more" : "";
        throw new InputException(file, null, null,
            $"no column besides the target '{target}' can be a feature: {named}{more}; add columns the model can learn from");
    }

    private static string TargetLine(string name, DataSummary summary) => summary.NumericTarget is { } numeric
        ? RegressionDraft.TargetLine(name, numeric)
        : $"{YamlScalar.Key(name, ColumnIndent)} categorical";

    private static string TaskComment(DataSummary summary, InitRequest request) =>
        request.Task is not null ? "   # as asked with --task"
        : summary.Task == TaskKind.Regression ? $"   # numbers with more than {TaskInference.MaxClassLikeNumbers} distinct values (or fractions); `--task multiclass` reads them as classes"
        : "";

    // The dataset name is the model's name unless registry.model says otherwise, so it keeps to the registry's rule.
    private static string NameOf(string file)
    {
        var stem = Path.GetFileNameWithoutExtension(file).ToLowerInvariant();
        var name = new string([.. stem.Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '-').Take(ModelNames.MaxLength)]).Trim('-');
        return name.Length > 0 ? name : "model";
    }
}
