using CiCd.Configuration;
using CiCd.Configuration.Yaml;
using CiCd.Data.Profiling;

namespace CiCd.Init;

/// <summary>
/// One column's line of an initial config, from its profile: the inferred kind (and order), the validation defaults
/// its statistics give (a range that allows as much again as observed, the levels seen, the missing share a later sample
/// may show) and, as a
/// comment, what was observed and what the profile flagged.
/// </summary>
internal static class ColumnDraft
{
    /// <summary>
    /// A categorical column lists its levels as <c>allowed</c> when it has at most the profile's top N (10) of them, none
    /// seen only once; levels its source declares (<paramref name="declared"/>) are its domain, all allowed (an ordinal
    /// column's order: by what they announce, else as declared), so a later row holding one the rows lacked is valid.
    /// A column with declared levels is never numeric: levels that look like numbers are still categories.
    /// </summary>
    public static string Line(ColumnProfile column, int rows, IReadOnlyList<ProfileAlert> alerts, IReadOnlyList<string>? declared = null)
    {
        declared = declared is { Count: > 0 } ? declared : null;
        // Declared levels are categories whatever they look like (breast-cancer.arff's deg-malig {'1','2','3'}): read as
        // numbers, a later file's levels would no longer be checked against the declared ones.
        var kind = declared is not null && column.Inferred == ColumnKind.Numeric ? ColumnKind.Categorical : column.Inferred;
        var entries = new List<string> { $"kind: {SnakeCaseNames.Name(kind)}" };
        var notes = new List<string>();
        if (kind != column.Inferred)
        {
            notes.Add("its levels are numbers, but the ARFF header declares them as categories");
        }
        if (kind == ColumnKind.Ordinal)
        {
            entries.Add($"order: {YamlScalar.List(declared is null ? column.InferredOrder : LevelOrder.Of(declared) ?? declared)}");
        }
        if (kind == ColumnKind.Numeric && column.Numeric is { } numeric && numeric.Max > numeric.Min)
        {
            var span = Math.Max(numeric.Max - numeric.Min, Math.Abs(numeric.Max));
            var low = numeric.Min >= 0 ? 0 : RegressionDraft.Significant(numeric.Min - span, up: false);
            var high = RegressionDraft.Significant(numeric.Max + span, up: true);
            entries.Add($"range: [{YamlScalar.Number(low)}, {YamlScalar.Number(high)}]");
            notes.Add($"observed {YamlScalar.Number(numeric.Min)} to {YamlScalar.Number(numeric.Max)}");
        }
        if (kind == ColumnKind.Categorical && declared is not null)
        {
            entries.Add($"allowed: {YamlScalar.List(declared)}");
        }
        else if (kind == ColumnKind.Categorical && column.Categories is { OtherLevels: 0 } categories)
        {
            // A level seen once says the file has not seen them all (Good-Turing: about singletons / rows of later rows
            // hold a level never seen), so a list would fail later files for a legitimate level.
            var once = categories.Top.Where(l => l.Count == 1).Select(l => l.Value).Order(StringComparer.Ordinal).ToList();
            if (once.Count == 0 || categories.Top.Count == 1)
            {
                entries.Add($"allowed: {YamlScalar.List(categories.Top.Select(l => l.Value).Order(StringComparer.Ordinal))}");
            }
            else
            {
                notes.Add($"no `allowed`: {string.Join(", ", once.Select(YamlScalar.Quoted))} seen only once, so levels never seen may still come");
            }
        }
        if (column.Missing > 0)
        {
            var share = column.Missing / (double)rows;
            entries.Add($"missing: {YamlScalar.Number(MissingShareBound.Of(column.Missing, rows))}");
            var spelled = column.MissingSpellings.Where(s => !MissingSpellings.LookAlikes.Contains(s.Key)).Select(s => s.Key.Length == 0 ? "empty" : $"'{s.Key}'");
            notes.Insert(0, $"{column.Missing} missing ({share:P1}, written {string.Join(" and ", spelled)})");
        }
        notes.AddRange(alerts.Where(a => a.Column == column.Name && Noted.Contains(a.Kind)).Select(a => $"{ProfileAlertNames.Of(a.Kind).Replace('_', ' ')}: {a.Message}"));
        if (kind == ColumnKind.Ignore && !alerts.Any(a => a.Column == column.Name && a.Kind == ProfileAlertKind.Identifier))
        {
            notes.Add($"ignored: {column.InferredReason}");
        }
        var comment = notes.Count == 0 ? "" : "   # " + YamlScalar.Comment(string.Join("; ", notes));
        return entries.Count == 1
            ? $"{YamlScalar.Key(column.Name, InitialConfig.ColumnIndent)} {SnakeCaseNames.Name(kind)}{comment}"
            : $"{YamlScalar.Key(column.Name, InitialConfig.ColumnIndent)} {{ {string.Join(", ", entries)} }}{comment}";
    }

    // The findings a reader of the config should see next to the column; the rest are in the profile.
    private static readonly HashSet<ProfileAlertKind> Noted =
    [
        ProfileAlertKind.Identifier, ProfileAlertKind.Constant, ProfileAlertKind.PossibleLeakage, ProfileAlertKind.MissingLookAlike,
    ];
}
