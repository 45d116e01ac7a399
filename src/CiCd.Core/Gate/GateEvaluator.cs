using System.Globalization;
using CiCd.Configuration;
using CiCd.Metrics;

namespace CiCd.Gate;

/// <summary>
/// Decides whether a candidate may replace the champion. Every rule is checked and every failure kept, so
/// the report shows all of them at once. With d = candidate − champion when higher is better and
/// d = champion − candidate when lower is better: <c>min_absolute_change</c> passes when d ≥ change and
/// <c>min_relative_change</c> when d / |champion| ≥ change. Value thresholds are inclusive.
/// </summary>
public static class GateEvaluator
{
    /// <summary>Evaluates <paramref name="candidate"/> against <paramref name="gates"/> and an optional champion.</summary>
    public static GateReport Evaluate(GateConfig gates, GateMetrics candidate, GateMetrics? champion)
    {
        var checks = new List<GateCheck>();
        foreach (var threshold in gates.Thresholds)
        {
            checks.AddRange(CheckThreshold(threshold, candidate));
        }
        foreach (var rule in gates.ChampionRules)
        {
            checks.AddRange(CheckChampion(rule, candidate, champion));
        }
        return new GateReport(candidate.Source, candidate.RunId, champion?.Source, champion?.RunId, checks);
    }

    private static IEnumerable<GateCheck> CheckThreshold(ThresholdRule rule, GateMetrics candidate)
    {
        var found = candidate.Metrics.TryGetValue(rule.Metric, out var value);
        if (rule.Min is { } min)
        {
            yield return !found ? Missing($"min {F(min)}", rule.Metric, min)
                : new GateCheck($"min {F(min)}", rule.Metric, value, min, null, null, value >= min ? GateOutcome.Pass : GateOutcome.Fail,
                    value >= min ? $"{F(value)} ≥ {F(min)}" : $"{F(value)} is below the minimum {F(min)}");
        }
        if (rule.Max is { } max)
        {
            yield return !found ? Missing($"max {F(max)}", rule.Metric, max)
                : new GateCheck($"max {F(max)}", rule.Metric, value, max, null, null, value <= max ? GateOutcome.Pass : GateOutcome.Fail,
                    value <= max ? $"{F(value)} ≤ {F(max)}" : $"{F(value)} is above the maximum {F(max)}");
        }
    }

    private static IEnumerable<GateCheck> CheckChampion(ChampionRule rule, GateMetrics candidate, GateMetrics? champion)
    {
        if (rule.MinAbsoluteChange is { } absolute)
        {
            yield return Compare(rule, $"min_absolute_change {F(absolute)}", absolute, relative: false, candidate, champion);
        }
        if (rule.MinRelativeChange is { } relative)
        {
            yield return Compare(rule, $"min_relative_change {F(relative)}", relative, relative: true, candidate, champion);
        }
    }

    private static GateCheck Compare(ChampionRule rule, string name, double change, bool relative, GateMetrics candidate, GateMetrics? champion)
    {
        var metric = rule.Metric;
        if (!candidate.Metrics.TryGetValue(metric, out var value))
        {
            return Missing(name, metric, change);
        }
        if (double.IsNaN(value))
        {
            // NaN compares false with everything, so without this check it would pass every rule.
            return new GateCheck(name, metric, value, change, null, null, GateOutcome.Fail, $"the candidate's '{metric}' is not a number");
        }
        if (champion is null)
        {
            return new GateCheck(name, metric, value, change, null, null, GateOutcome.NoChampion, "no champion to compare with");
        }
        var lenient = rule.PassWhenChampionLacksMetric ? GateOutcome.Pass : GateOutcome.Fail;
        if (!champion.Metrics.TryGetValue(metric, out var reference) || double.IsNaN(reference))
        {
            return new GateCheck(name, metric, value, change, null, null, lenient, $"the champion has no '{metric}'");
        }
        if (relative && reference == 0)
        {
            return new GateCheck(name, metric, value, change, reference, null, lenient, "the champion's value is 0, so a relative change is undefined");
        }
        var gain = MetricCatalog.HigherIsBetter(metric) ? value - reference : reference - value;
        var delta = relative ? gain / Math.Abs(reference) : gain;
        if (delta < change)
        {
            return new GateCheck(name, metric, value, change, reference, delta, GateOutcome.Fail,
                $"change {F(delta)} is below the required {F(change)} (candidate {F(value)}, champion {F(reference)})");
        }
        return BeyondSpread(rule, name, value, change, reference, delta, gain, candidate)
            ?? new GateCheck(name, metric, value, change, reference, delta, GateOutcome.Pass, $"change {F(delta)} ≥ {F(change)}");
    }

    // Optional: a "win" no larger than the cross-validation spread is noise, and does not replace the champion.
    private static GateCheck? BeyondSpread(ChampionRule rule, string name, double value, double change, double reference, double delta, double gain, GateMetrics candidate)
    {
        if (!rule.RequireGainBeyondCvSpread)
        {
            return null;
        }
        var spread = candidate.CvSpread.GetValueOrDefault(rule.Metric, double.NaN);
        if (double.IsNaN(spread))
        {
            return new GateCheck(name, rule.Metric, value, change, reference, delta, GateOutcome.Fail, "the candidate has no CV spread to compare the gain with");
        }
        return gain > spread ? null : new GateCheck(name, rule.Metric, value, change, reference, delta, GateOutcome.Fail,
            $"the gain {F(gain)} does not exceed the cross-validation spread {F(spread)}: within noise");
    }

    private static GateCheck Missing(string rule, string metric, double threshold) =>
        new(rule, metric, null, threshold, null, null, GateOutcome.Fail, $"the candidate has no '{metric}'");

    private static string F(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
