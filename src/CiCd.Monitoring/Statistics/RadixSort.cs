using System.Buffers;
using System.Runtime.InteropServices;

namespace CiCd.Monitoring.Statistics;

/// <summary>
/// Sorts doubles by their bit patterns. Drift columns are large (a million values is common) and
/// radix passes beat a comparison sort there by several times; small arrays go to
/// <see cref="Array.Sort(Array)"/>, where the passes do not pay off.
/// Only the top 48 bits take radix passes (three of 16 bits): real data rarely has two values
/// that agree on sign, exponent and 36 mantissa bits, so a final scan sorts those few runs
/// directly. The result is exact whatever the data; only the speed depends on it.
/// </summary>
internal static class RadixSort
{
    private const int SmallArray = 1 << 16;
    private const int DigitBits = 16;
    private const int Buckets = 1 << DigitBits;
    private const int Passes = 3;
    private const int LowBits = 64 - (Passes * DigitBits);
    private const ulong SignBit = 0x8000_0000_0000_0000UL;

    /// <summary>Sorts NaN-free values ascending in place (-0.0 sorts before +0.0; they compare equal).</summary>
    public static void Sort(double[] values)
    {
        if (values.Length < SmallArray)
        {
            Array.Sort(values);
            return;
        }
        // Keys are formed in the array's own memory; the ping-pong buffer and the histograms come
        // from the shared pools, so a run over many equal-length columns allocates once.
        var keys = MemoryMarshal.Cast<double, ulong>(values.AsSpan());
        var rentedKeys = ArrayPool<ulong>.Shared.Rent(keys.Length);
        var rentedCounts = ArrayPool<int>.Shared.Rent(Passes * Buckets);
        var counts = rentedCounts.AsSpan(0, Passes * Buckets);
        counts.Clear();
        Histograms(keys, counts);
        Span<ulong> source = keys;
        Span<ulong> target = rentedKeys.AsSpan(0, keys.Length);
        for (var pass = 0; pass < Passes; pass++)
        {
            if (Scatter(source, target, counts.Slice(pass * Buckets, Buckets), LowBits + (pass * DigitBits)))
            {
                var swap = source;
                source = target;
                target = swap;
            }
        }
        if (!source.Overlaps(keys))
        {
            source.CopyTo(keys);
        }
        ArrayPool<ulong>.Shared.Return(rentedKeys);
        ArrayPool<int>.Shared.Return(rentedCounts);
        SortRunsAndDecode(keys);
    }

    // One read of the data turns doubles into keys and fills the histograms of every pass.
    private static void Histograms(Span<ulong> keys, Span<int> counts)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            var key = ToKey(keys[i]);
            keys[i] = key;
            for (var pass = 0; pass < Passes; pass++)
            {
                counts[(pass * Buckets) + Digit(key, LowBits + (pass * DigitBits))]++;
            }
        }
    }

    // Stable counting-sort pass on one digit; false (and nothing moved) when all keys share it.
    private static bool Scatter(Span<ulong> source, Span<ulong> target, Span<int> histogram, int shift)
    {
        if (histogram.Contains(source.Length))
        {
            return false;
        }
        var offset = 0;
        for (var b = 0; b < Buckets; b++)
        {
            var count = histogram[b];
            histogram[b] = offset;
            offset += count;
        }
        foreach (var key in source)
        {
            target[histogram[Digit(key, shift)]++] = key;
        }
        return true;
    }

    // Keys are now ordered by their top 48 bits; runs that tie there are sorted on the full key.
    private static void SortRunsAndDecode(Span<ulong> keys)
    {
        var start = 0;
        for (var i = 1; i <= keys.Length; i++)
        {
            if (i < keys.Length && keys[i] >> LowBits == keys[start] >> LowBits)
            {
                continue;
            }
            var run = keys[start..i];
            if (run.Length > 1)
            {
                run.Sort();
            }
            foreach (ref var key in run)
            {
                key = FromKey(key);
            }
            start = i;
        }
    }

    private static int Digit(ulong key, int shift) => (int)((key >> shift) & (Buckets - 1));

    // IEEE-754 order as unsigned order: flip every bit of negatives, only the sign bit of positives.
    private static ulong ToKey(ulong bits) => (bits & SignBit) != 0 ? ~bits : bits | SignBit;

    private static ulong FromKey(ulong key) => (key & SignBit) != 0 ? key & ~SignBit : ~key;
}
