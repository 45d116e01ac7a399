using System.Runtime.ExceptionServices;
using CiCd.Errors;
using CiCd.Monitoring.Alerts;
using CiCd.Monitoring.Data;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Profiles;

namespace CiCd.Monitoring.Detection;

/// <summary>
/// Compares current data with a stored reference profile, column by column, and decides dataset
/// drift. Columns are independent, so they run in parallel; each numeric current column is copied
/// and sorted once, nothing else of the table is copied.
/// </summary>
public sealed class DriftDetector
{
    private readonly DriftPolicy _policy;
    private readonly ColumnEvaluator _evaluator;

    /// <summary>Creates a detector for a validated policy.</summary>
    public DriftDetector(DriftPolicy policy)
    {
        _policy = policy;
        _evaluator = new ColumnEvaluator(policy);
    }

    /// <summary>Judges every reference column against the current columns of the same name.</summary>
    public DatasetDrift Detect(ReferenceProfile reference, IReadOnlyList<DataColumn> current)
    {
        if (reference.Columns is null || reference.Columns.Count == 0)
        {
            throw new InputException("the reference profile records no schema (no columns); rebuild it from the training data");
        }
        var byName = new Dictionary<string, DataColumn>(StringComparer.Ordinal);
        foreach (var column in current)
        {
            if (!byName.TryAdd(column.Name, column))
            {
                throw new InputException($"the current data has the column '{column.Name}' more than once");
            }
        }
        var results = new ColumnDrift[reference.Columns.Count];
        try
        {
            Parallel.For(0, results.Length, i =>
            {
                var profile = reference.Columns[i];
                results[i] = _evaluator.Evaluate(profile, byName.GetValueOrDefault(profile.Name));
            });
        }
        catch (AggregateException e) when (e.InnerExceptions[0] is MlopsException user)
        {
            // A bad per-column override is a user error; surface it as itself, not wrapped by the loop.
            ExceptionDispatchInfo.Capture(user).Throw();
        }
        var currentRows = current.Count == 0 ? 0 : current.Max(c => c.Length);
        var sampleAlert = SampleSizeAlert.For(currentRows, reference.RowCount, _policy.MinCurrentSample, results);
        if (sampleAlert is not null)
        {
            // Said once for the dataset instead of once per column.
            for (var i = 0; i < results.Length; i++)
            {
                if (results[i].Status == ColumnStatus.NotEnoughData)
                {
                    results[i] = results[i] with { Alert = results[i].Alert with { Message = SampleSizeAlert.ColumnMessage } };
                }
            }
        }
        var tested = results.Count(c => c.Status == ColumnStatus.Tested);
        var drifted = results.Count(c => c.Drifted);
        var share = tested == 0 ? 0 : drifted / (double)tested;
        var datasetDrifted = tested > 0 && share >= _policy.DriftShare;
        var known = reference.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        return new DatasetDrift
        {
            Columns = results,
            TestedCount = tested,
            DriftedCount = drifted,
            DriftShare = share,
            DriftShareThreshold = _policy.DriftShare,
            DatasetDrifted = datasetDrifted,
            ExtraColumns = [.. current.Select(c => c.Name).Where(n => !known.Contains(n))],
            Alert = sampleAlert ?? DatasetAlerts.For(results, tested, drifted, share, _policy.DriftShare, datasetDrifted),
            SampleTooSmall = sampleAlert is not null,
        };
    }
}
