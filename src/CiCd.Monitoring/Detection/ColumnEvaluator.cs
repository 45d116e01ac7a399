using CiCd.Monitoring.Alerts;
using CiCd.Monitoring.Data;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Profiles;
using CiCd.Monitoring.Statistics;

namespace CiCd.Monitoring.Detection;

/// <summary>Judges one column: can it be tested, which test, did it drift, and what alert follows.</summary>
internal sealed class ColumnEvaluator(DriftPolicy policy)
{
    private readonly TestSelector _selector = new(policy);
    private readonly ColumnAlerts _alerts = new(policy);

    public ColumnDrift Evaluate(ColumnProfile reference, DataColumn? current)
    {
        var draft = new ColumnDrift
        {
            Name = reference.Name,
            Kind = reference.Kind,
            Status = ColumnStatus.Tested,
            ReferenceCount = reference.Count,
            ReferenceMissingShare = Share(reference.MissingCount, reference.Count),
            Alert = ColumnAlerts.Pending,
        };
        var status = Precheck(reference, current);
        if (status is not null)
        {
            return Finish(draft with
            {
                Status = status.Value,
                CurrentCount = current is null ? 0 : current.Length - current.MissingCount(),
                CurrentMissingShare = current is null ? 0 : Share(current.MissingCount(), current.Length),
            });
        }
        // Precheck guarantees a present current column of the reference's kind.
        var numeric = current is NumericColumn n ? SortedSample.FromColumn(n.Values) : null;
        var present = numeric?.Count ?? current!.Length - current.MissingCount();
        draft = draft with
        {
            CurrentCount = present,
            CurrentMissingShare = Share(current!.Length - present, current.Length),
        };
        if (present == 0 && current.Length >= policy.MinCurrentSample)
        {
            return Finish(draft with { Status = ColumnStatus.AllMissing });
        }
        if (present < policy.MinCurrentSample)
        {
            return Finish(draft with { Status = ColumnStatus.NotEnoughData });
        }
        return Finish(Test(draft, reference, numeric, current));
    }

    private ColumnStatus? Precheck(ColumnProfile reference, DataColumn? current)
    {
        if (policy.Columns.GetValueOrDefault(reference.Name)?.Ignore == true)
        {
            return ColumnStatus.Ignored;
        }
        if (current is null)
        {
            return ColumnStatus.MissingInCurrent;
        }
        var sameKind = reference.Kind == ColumnKind.Numeric ? current is NumericColumn : current is CategoricalColumn;
        if (!sameKind)
        {
            return ColumnStatus.KindMismatch;
        }
        return reference.PresentCount == 0 ? ColumnStatus.NoReferenceValues : null;
    }

    private ColumnDrift Test(ColumnDrift draft, ColumnProfile reference, SortedSample? numeric, DataColumn current)
    {
        var counts = numeric is not null
            ? CountsView.ForNumeric(reference, numeric, _selector.IsContinuous(reference))
            : CountsView.ForCategorical(reference, ((CategoricalColumn)current).Values);
        var selected = _selector.Select(reference, counts.Categories.Length);
        var outcome = TestRunner.Run(selected.Test, reference, numeric, counts);
        var psi = PopulationStabilityIndex.Compute(counts.Reference, counts.Current);
        var (drifted, gated) = Decide(selected, outcome, draft.CurrentCount);
        return draft with
        {
            Test = selected,
            Statistic = outcome.Statistic,
            PValue = outcome.PValue,
            EffectSize = outcome.EffectSize,
            Drifted = drifted,
            EffectGated = gated,
            Psi = psi,
            PsiBand = policy.BandOf(psi),
            UnseenCategories = [.. counts.Unseen()],
            ReferenceSampled = selected.Test.NeedsNumericValues() && !reference.SampleIsComplete,
            Histogram = CountsView.ToHistogram(counts),
        };
    }

    // Hypothesis tests flag p < threshold, but on a large current sample only when the effect is
    // big enough to matter; distances flag value ≥ threshold.
    private (bool Drifted, bool Gated) Decide(SelectedTest selected, TestOutcome outcome, long currentCount)
    {
        if (!selected.Test.IsHypothesisTest())
        {
            return (outcome.Statistic >= selected.Threshold, false);
        }
        var significant = outcome.PValue < selected.Threshold;
        var gated = significant && currentCount >= policy.LargeSampleRows && outcome.EffectSize < policy.MinEffectSize;
        return (significant && !gated, gated);
    }

    private ColumnDrift Finish(ColumnDrift drift) => drift with { Alert = _alerts.For(drift) };

    private static double Share(long part, long whole) => whole == 0 ? 0 : part / (double)whole;
}
