using CiCd.Monitoring.Current;

namespace CiCd.Monitoring.Windows;

/// <summary>
/// Cuts time-stamped rows into consecutive windows of one size. Windows are aligned to
/// <c>since</c> when given, else to whole multiples of the size since the Unix epoch (so a daily
/// window runs midnight to midnight UTC); windows without rows between the first and the last are kept, empty.
/// </summary>
public static class WindowPlan
{
    /// <summary>The windows covering every row of <paramref name="data"/>.</summary>
    public static IReadOnlyList<TimeWindow> Split(ICurrentData data, TimeSpan size, DateTimeOffset? since)
    {
        if (data.RowCount == 0)
        {
            return [];
        }
        var times = Enumerable.Range(0, data.RowCount).Select(r => data.TimeOf(r)
            ?? throw new InvalidOperationException("windows need time-stamped rows")).ToArray();
        var first = times.Min();
        var last = times.Max();
        var start = since ?? new DateTimeOffset(first.UtcTicks - (first.UtcTicks % size.Ticks), TimeSpan.Zero);
        var count = (int)((last - start).Ticks / size.Ticks) + 1;
        var rows = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
        for (var r = 0; r < times.Length; r++)
        {
            rows[(int)((times[r] - start).Ticks / size.Ticks)].Add(r);
        }
        return [.. rows.Select((list, i) => new TimeWindow(start + (size * i), start + (size * (i + 1)), list))];
    }
}
