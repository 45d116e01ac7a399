using System.Globalization;
using CiCd.Formats;
using CiCd.Monitoring.Detection;
using CiCd.Monitoring.Policy;

namespace CiCd.Monitoring.Alerts;

/// <summary>Turns a column's drift result into a traffic light, a message (what was found) and advice (what to do).</summary>
internal sealed class ColumnAlerts(DriftPolicy policy)
{
    /// <summary>Placeholder until the result is complete.</summary>
    public static readonly Alert Pending = new(AlertLevel.Green, Recommendation.None, "", "");

    public Alert For(ColumnDrift c) => c.Status switch
    {
        ColumnStatus.Ignored => new(AlertLevel.Green, Recommendation.None,
            $"'{c.Name}' is ignored by the drift policy.", "Nothing to do."),
        ColumnStatus.MissingInCurrent => Upstream(AlertLevel.Red, c,
            $"'{c.Name}' is in the reference but missing from the current data."),
        ColumnStatus.KindMismatch => Upstream(AlertLevel.Red, c,
            $"'{c.Name}' was {c.Kind.ToString().ToLowerInvariant()} in the reference but has another type in the current data."),
        ColumnStatus.AllMissing => Upstream(AlertLevel.Red, c,
            $"every current value of '{c.Name}' is missing."),
        ColumnStatus.NoReferenceValues => new(AlertLevel.Amber, Recommendation.InspectFeature,
            $"'{c.Name}' has no values in the reference, so drift cannot be measured.",
            $"Inspect feature '{c.Name}': rebuild the reference profile from training data that holds it, or ignore it in the drift policy."),
        ColumnStatus.NotEnoughData => new(AlertLevel.Amber, Recommendation.CollectMoreData,
            $"'{c.Name}' has {Counted.Of(c.CurrentCount, "current value")}, fewer than the {policy.MinCurrentSample} needed; not tested.",
            "Collect more current data (a longer window) before judging this feature."),
        _ => Tested(c),
    };

    private Alert Tested(ColumnDrift c)
    {
        var test = c.Test!;
        if (c.Drifted)
        {
            // A new category is often the cause, and the one a served model refuses by default: name it with the test.
            return new(AlertLevel.Red, Recommendation.InspectFeature,
                $"'{c.Name}' drifted: {Describe(c, test)}{(c.UnseenCategories.Length > 0 ? $"; {Unseen(c)}" : "")}.",
                $"Inspect feature '{c.Name}': compare its reference and current histograms and find what changed at the source.");
        }
        if (c.UnseenCategories.Length > 0)
        {
            return Upstream(AlertLevel.Amber, c, $"'{c.Name}' has {Unseen(c)}.");
        }
        if (c.CurrentMissingShare - c.ReferenceMissingShare >= policy.MissingShareIncrease)
        {
            return Upstream(AlertLevel.Amber, c,
                $"the missing share of '{c.Name}' rose from {Percent(c.ReferenceMissingShare)} to {Percent(c.CurrentMissingShare)}.");
        }
        if (c.PsiBand is not null and not PsiBand.Stable)
        {
            return new(AlertLevel.Amber, Recommendation.InspectFeature,
                $"'{c.Name}' passed {test.Test.ConfigName()} but its PSI is {Number(c.Psi!.Value)} ({c.PsiBand.Value.ToString().ToLowerInvariant()} shift).",
                $"Inspect feature '{c.Name}' and watch it over the next windows.");
        }
        var note = c.EffectGated
            ? $" ({test.Test.ConfigName()} is significant, but the effect {Number(c.EffectSize!.Value)} is below {Number(policy.MinEffectSize)} on a large sample)"
            : "";
        return new(AlertLevel.Green, Recommendation.None, $"'{c.Name}' is stable: {Describe(c, test)}{note}.", "Nothing to do.");
    }

    private static string Unseen(ColumnDrift c) => $"categories the reference never saw: {string.Join(", ", c.UnseenCategories.Take(5))}";

    private static Alert Upstream(AlertLevel level, ColumnDrift c, string message) =>
        new(level, Recommendation.CheckUpstreamPipeline, Capitalize(message),
            $"Check the upstream pipeline that produces '{c.Name}' (schema, joins, defaults for missing values).");

    private static string Describe(ColumnDrift c, SelectedTest test) => test.Test.IsHypothesisTest()
        ? $"{test.Test.ConfigName()} p = {Number(c.PValue!.Value)} {(c.PValue < test.Threshold ? "<" : "≥")} {Number(test.Threshold)} (statistic {Number(c.Statistic!.Value)})"
        : $"{test.Test.ConfigName()} = {Number(c.Statistic!.Value)} {(c.Statistic >= test.Threshold ? "≥" : "<")} {Number(test.Threshold)}";

    private static string Number(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    private static string Percent(double share) => share.ToString("P1", CultureInfo.InvariantCulture);

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
