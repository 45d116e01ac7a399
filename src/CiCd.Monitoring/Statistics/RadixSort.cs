using System.Buffers;
using System.Runtime.InteropServices;

namespace CiCd.Monitoring.Statistics;

/// <summary>
/// Sorts doubles by their bit patterns, least significant digit first. Drift columns are large
/// (a million values is common) and a radix sort is several times faster than a comparison sort
/// there; small arrays go to <see cref="Array.Sort(Array)"/>, where radix passes do not pay off.
/// The keys are formed in the array's own memory, so the only extra memory is one buffer.
/// </summary>
internal static class RadixSort
{
    private const int SmallArray = 4096;
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const int Passes = 6; // 6 x 11 bits cover the 64-bit key
    private const ulong SignBit = 0x8000_0000_0000_0000UL;

    /// <summary>Sorts NaN-free values ascending in place (-0.0 sorts before +0.0; they compare equal).</summary>
    public static void Sort(double[] values)
    {
        if (values.Length < SmallArray)
        {
            Array.Sort(values);
            return;
        }
        var keys = MemoryMarshal.Cast<double, ulong>(values.AsSpan());
        var counts = new int[Passes * Buckets];
        for (var i = 0; i < keys.Length; i++)
        {
            var key = ToKey(keys[i]);
            keys[i] = key;
            // One read of the data fills the histograms of all passes.
            for (var pass = 0; pass < Passes; pass++)
            {
                counts[(pass * Buckets) + (int)((key >> (pass * DigitBits)) & (Buckets - 1))]++;
            }
        }
        // The ping-pong buffer comes from the shared pool: columns of one run have the same length,
        // so after the first column no large array is allocated (or zeroed) again.
        var rented = ArrayPool<ulong>.Shared.Rent(keys.Length);
        Span<ulong> source = keys;
        Span<ulong> target = rented.AsSpan(0, keys.Length);
        for (var pass = 0; pass < Passes; pass++)
        {
            var histogram = counts.AsSpan(pass * Buckets, Buckets);
            if (histogram.Contains(keys.Length))
            {
                continue; // every key shares this digit: the pass would not move anything
            }
            var offset = 0;
            for (var b = 0; b < Buckets; b++)
            {
                var count = histogram[b];
                histogram[b] = offset;
                offset += count;
            }
            var shift = pass * DigitBits;
            foreach (var key in source)
            {
                target[histogram[(int)((key >> shift) & (Buckets - 1))]++] = key;
            }
            var swap = source;
            source = target;
            target = swap;
        }
        if (!source.Overlaps(keys))
        {
            source.CopyTo(keys); // an odd number of passes ran: the result sits in the buffer
        }
        ArrayPool<ulong>.Shared.Return(rented);
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = FromKey(keys[i]);
        }
    }

    // IEEE-754 order as unsigned order: flip every bit of negatives, only the sign bit of positives.
    private static ulong ToKey(ulong bits) => (bits & SignBit) != 0 ? ~bits : bits | SignBit;

    private static ulong FromKey(ulong key) => (key & SignBit) != 0 ? key & ~SignBit : ~key;
}
