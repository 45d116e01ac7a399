namespace CiCd.Monitoring.Statistics;

/// <summary>
/// Sorts doubles by their bit patterns, least significant digit first. Drift columns are large
/// (a million values is common) and a radix sort is several times faster than a comparison sort
/// there; small arrays go to <see cref="Array.Sort(Array)"/>, where radix passes do not pay off.
/// </summary>
internal static class RadixSort
{
    private const int SmallArray = 4096;
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const int Passes = 6; // 6 x 11 bits cover the 64-bit key

    /// <summary>Sorts NaN-free values ascending in place (-0.0 and +0.0 compare equal but keep their order by sign).</summary>
    public static void Sort(double[] values)
    {
        if (values.Length < SmallArray)
        {
            Array.Sort(values);
            return;
        }
        var keys = new ulong[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            keys[i] = ToKey(values[i]);
        }
        var buffer = new ulong[values.Length];
        var counts = new int[Buckets];
        for (var pass = 0; pass < Passes; pass++)
        {
            var shift = pass * DigitBits;
            Array.Clear(counts);
            foreach (var key in keys)
            {
                counts[(int)((key >> shift) & (Buckets - 1))]++;
            }
            if (Array.IndexOf(counts, keys.Length) >= 0)
            {
                continue; // every key shares this digit: the pass would not move anything
            }
            var offset = 0;
            for (var b = 0; b < Buckets; b++)
            {
                var count = counts[b];
                counts[b] = offset;
                offset += count;
            }
            foreach (var key in keys)
            {
                buffer[counts[(int)((key >> shift) & (Buckets - 1))]++] = key;
            }
            (keys, buffer) = (buffer, keys);
        }
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = FromKey(keys[i]);
        }
    }

    // IEEE-754 order as unsigned order: flip every bit of negatives, only the sign bit of positives.
    private static ulong ToKey(double value)
    {
        var bits = (ulong)BitConverter.DoubleToInt64Bits(value);
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }

    private static double FromKey(ulong key)
    {
        var bits = (key & 0x8000_0000_0000_0000UL) != 0 ? key & 0x7FFF_FFFF_FFFF_FFFFUL : ~key;
        return BitConverter.Int64BitsToDouble((long)bits);
    }
}
