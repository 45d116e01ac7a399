using System.Globalization;
using CiCd.Configuration;
using CiCd.Data.Profiling;
using CiCd.Formats;

namespace CiCd.Init;

/// <summary>
/// The data profile's alerts a newcomer must act on before trusting the config <c>mlops init</c> wrote: identifiers
/// (ignored), constant columns (kept, but they tell the model nothing), possible leakage (kept: only the user knows
/// whether the value is known before the outcome), amounts and dates written as text (ignored: the reader does not
/// parse them), numbers with a few values that are not, and missing values written in a way the reader keeps as values.
/// </summary>
public static class ProfileWarnings
{
    private const int NamesShown = 5;

    /// <summary>One warning per kind of finding, naming the columns.</summary>
    public static IReadOnlyList<string> For(DataProfile profile)
    {
        var warnings = new List<string>();
        var identifiers = Columns(profile, ProfileAlertKind.Identifier);
        if (identifiers.Count > 0)
        {
            warnings.Add(identifiers.Count == 1
                ? $"{Names(identifiers)} looks like an identifier (every value distinct, or an id's name) and is set to ignore: a model would memorise rows by it"
                : $"{Names(identifiers)} look like identifiers (every value distinct, or an id's name) and are set to ignore: a model would memorise rows by them");
        }
        // A constant column init already ignores (one with no value at all) is said to be ignored: telling the user to
        // ignore it sent them looking for something to change (weka's supermarket: 94 such columns).
        var ignoredColumns = profile.Columns.Where(c => c.Inferred == ColumnKind.Ignore).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var constants = Columns(profile, ProfileAlertKind.Constant).ToLookup(ignoredColumns.Contains);
        var kept = constants[false].ToList();
        if (kept.Count > 0)
        {
            warnings.Add(kept.Count == 1
                ? $"{Names(kept)} holds a single value (or none) in every row: it tells the model nothing; set it to ignore unless later data varies"
                : $"{Names(kept)} hold a single value (or none) in every row: they tell the model nothing; set them to ignore unless later data varies");
        }
        var ignored = constants[true].ToList();
        if (ignored.Count > 0)
        {
            warnings.Add(ignored.Count == 1
                ? $"{Names(ignored)} holds a single value (or none) in every row and is already set to ignore; give it a kind once later data varies"
                : $"{Names(ignored)} hold a single value (or none) in every row and are already set to ignore; give them a kind once later data varies");
        }
        foreach (var leak in profile.Associations.Where(a => a.PossibleLeakage))
        {
            var (measure, value) = leak.Strongest;
            warnings.Add($"'{leak.Feature}' alone tells '{profile.Target.Name}' suspiciously well ({(measure == "normalized MI" ? "normalized mutual information" : measure)} " +
                $"{value.ToString("0.00", CultureInfo.InvariantCulture)}): check it is known before the outcome, else set it to ignore");
        }
        foreach (var column in profile.Columns.Where(c => c.Inferred == ColumnKind.Ignore && IsFormatted(c.InferredReason)))
        {
            warnings.Add($"'{column.Name}' is set to ignore: {column.InferredReason}");
        }
        foreach (var column in profile.Columns.Where(c => c.MissingSpellings.Keys.Any(MissingSpellings.LookAlikes.Contains)))
        {
            var spellings = column.MissingSpellings.Where(s => MissingSpellings.LookAlikes.Contains(s.Key)).Select(s => $"'{s.Key}' ({Counted.Of(s.Value, "row")})");
            warnings.Add($"'{column.Name}' holds {string.Join(", ", spellings)}, which the reader keeps as a value, not as missing: " +
                "write missing values empty or as '?'");
        }
        return warnings;
    }

    private static bool IsFormatted(string reason) =>
        reason.StartsWith(ColumnKindGuess.FormattedNumbers, StringComparison.Ordinal) || reason.StartsWith(ColumnKindGuess.Dates + " ", StringComparison.Ordinal)
        || reason.StartsWith(ColumnKindGuess.StrayTexts + " ", StringComparison.Ordinal);

    private static List<string> Columns(DataProfile profile, ProfileAlertKind kind) =>
        [.. profile.Alerts.Where(a => a.Kind == kind && a.Column is not null).Select(a => a.Column!)];

    private static string Names(List<string> columns) =>
        string.Join(", ", columns.Take(NamesShown).Select(c => $"'{c}'")) + (columns.Count > NamesShown ? $" and {columns.Count - NamesShown} more" : "");
}
