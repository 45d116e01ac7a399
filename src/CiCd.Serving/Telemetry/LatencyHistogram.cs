namespace CiCd.Serving.Telemetry;

/// <summary>
/// Request latencies in log-spaced buckets (eight per doubling, 10 µs to about 170 s), lock-free to record. A quantile
/// read from it is its bucket's upper bound: never below the true value and at most 9 % (2^(1/8)) above it, which is
/// what p50 and p99 on a dashboard need; Prometheus's coarse default buckets (5 ms, 10 ms, …) would put every
/// prediction in the first one.
/// </summary>
public sealed class LatencyHistogram
{
    private const double SmallestSeconds = 10e-6;
    private const int PerDoubling = 8;
    private const int Buckets = 24 * PerDoubling;

    private readonly long[] _counts = new long[Buckets];
    private long _total;

    /// <summary>Requests recorded.</summary>
    public long Count => Interlocked.Read(ref _total);

    /// <summary>Adds one request that took <paramref name="seconds"/>.</summary>
    public void Record(double seconds)
    {
        var index = seconds <= SmallestSeconds ? 0 : (int)Math.Ceiling(Math.Log2(seconds / SmallestSeconds) * PerDoubling);
        Interlocked.Increment(ref _counts[Math.Clamp(index, 0, Buckets - 1)]);
        Interlocked.Increment(ref _total);
    }

    /// <summary>The <paramref name="quantile"/> (0 to 1) in milliseconds: the upper bound of the bucket holding it; null before any request.</summary>
    public double? Milliseconds(double quantile)
    {
        var total = Count;
        if (total == 0)
        {
            return null;
        }
        var rank = Math.Max(1, (long)Math.Ceiling(quantile * total));
        long seen = 0;
        for (var i = 0; i < Buckets; i++)
        {
            seen += Interlocked.Read(ref _counts[i]);
            if (seen >= rank)
            {
                return UpperSeconds(i) * 1000;
            }
        }
        return UpperSeconds(Buckets - 1) * 1000;
    }

    private static double UpperSeconds(int bucket) => SmallestSeconds * Math.Pow(2, bucket / (double)PerDoubling);
}
