using System.Globalization;
using CiCd.Monitoring.Detection;
using CiCd.Monitoring.Policy;

namespace CiCd.Monitoring.Windows;

/// <summary>
/// Flags sudden changes between consecutive non-empty windows: a column that turns drifted while its PSI
/// jumps by at least the policy's moderate band (a step, not a slow creep), and the dataset turning drifted.
/// A slow creep is still caught by each window's own verdict; these flags point at the moment it broke.
/// </summary>
public static class AbruptChanges
{
    /// <summary>The changes, in time order.</summary>
    public static IReadOnlyList<AbruptChange> Find(IReadOnlyList<WindowDrift> windows, DriftPolicy policy)
    {
        var changes = new List<AbruptChange>();
        WindowDrift? previous = null;
        foreach (var window in windows.Where(w => w.Features is not null))
        {
            if (previous is not null)
            {
                changes.AddRange(Columns(previous.Features!, window, policy));
                if (window.Features!.DatasetDrifted && !previous.Features!.DatasetDrifted)
                {
                    changes.Add(new AbruptChange(window.Start, null, previous.Features.DriftShare, window.Features.DriftShare,
                        $"dataset drift from {Time(window.Start)}: drifted share {Number(previous.Features.DriftShare)} → {Number(window.Features.DriftShare)}"));
                }
            }
            previous = window;
        }
        return changes;
    }

    private static IEnumerable<AbruptChange> Columns(DatasetDrift before, WindowDrift window, DriftPolicy policy)
    {
        var earlier = before.Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        foreach (var column in window.Features!.Columns)
        {
            if (column.Drifted && earlier.TryGetValue(column.Name, out var old) && old.Status == ColumnStatus.Tested && !old.Drifted
                && column.Psi is { } psi && old.Psi is { } oldPsi && psi - oldPsi >= policy.PsiModerate)
            {
                yield return new AbruptChange(window.Start, column.Name, oldPsi, psi,
                    $"'{column.Name}' jumped into drift at {Time(window.Start)}: PSI {Number(oldPsi)} → {Number(psi)}");
            }
        }
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
