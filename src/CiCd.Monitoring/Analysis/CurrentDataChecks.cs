using CiCd.Errors;
using CiCd.Formats;
using CiCd.Monitoring.Data;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Profiles;

namespace CiCd.Monitoring.Analysis;

/// <summary>
/// Current data that cannot be judged is bad input (exit 2), named with what to do: no rows, reference
/// columns it lacks, a column with every value missing, or one stuck on a single value the reference
/// makes implausible. Drift is about distributions moving; these are broken feeds, and a drift verdict
/// on them would only hide the cause.
/// </summary>
internal static class CurrentDataChecks
{
    // A column is "stuck" when all its values equal one value whose reference share p makes that
    // run unlikely: p^n below one in a million.
    private const double StuckProbability = 1e-6;

    public static void Check(ReferenceProfile reference, DriftPolicy policy, string source, int rows, IReadOnlyList<DataColumn> columns)
    {
        if (rows == 0)
        {
            throw new InputException(source, null, null, "the current data holds no rows");
        }
        var watched = reference.Columns.Where(c => policy.Columns.GetValueOrDefault(c.Name)?.Ignore != true).ToList();
        var present = columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var missing = watched.Where(c => !present.ContainsKey(c.Name)).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            throw new InputException(source, null, null,
                $"the current data lacks {(missing.Count == 1 ? "the column" : "the columns")} {string.Join(", ", missing)} that the reference has; " +
                "send every feature, or ignore a column in mlops.yaml (drift.columns.<name>.ignore: true)");
        }
        foreach (var profile in watched)
        {
            var column = present[profile.Name];
            if (column.MissingCount() == column.Length)
            {
                throw new InputException(source, null, null,
                    $"column '{profile.Name}' has no values in the current data ({Counted.Of(column.Length, "row")}, all missing); check the upstream pipeline that fills it");
            }
            if (Stuck(profile, column, policy) is { } value)
            {
                throw new InputException(source, null, null,
                    $"column '{profile.Name}' holds the single value '{value}' in all {column.Length - column.MissingCount()} current values, " +
                    $"though the reference has {Counted.Of(profile.DistinctCount, "distinct value")}; the feed looks stuck (a default or a constant); check the upstream pipeline");
            }
        }
    }

    private static string? Stuck(ColumnProfile profile, DataColumn column, DriftPolicy policy)
    {
        var present = column.Length - column.MissingCount();
        if (profile.DistinctCount < 2 || present < 2)
        {
            return null;
        }
        var (single, label) = column switch
        {
            NumericColumn n => Single(n.Values.Where(double.IsFinite).Select(NumericLabel.Format)),
            CategoricalColumn c => Single(c.Values.OfType<string>()),
            _ => (false, ""),
        };
        if (!single)
        {
            return null;
        }
        var continuous = profile.Kind == ColumnKind.Numeric && profile.DistinctCount > policy.MaxCategoricalDistinct;
        var share = continuous || profile.PresentCount == 0 ? 0 : profile.Categories.GetValueOrDefault(label) / (double)profile.PresentCount;
        return Math.Pow(share, present) < StuckProbability ? label : null;
    }

    private static (bool Single, string Label) Single(IEnumerable<string> values)
    {
        string? first = null;
        foreach (var value in values)
        {
            if (first is null)
            {
                first = value;
            }
            else if (!string.Equals(first, value, StringComparison.Ordinal))
            {
                return (false, "");
            }
        }
        return (first is not null, first ?? "");
    }
}
