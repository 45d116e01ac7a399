namespace CiCd.Data.Profiling;

/// <summary>
/// Counts rows identical to an earlier one, column by column: each column folds its values into two independent 64-bit
/// row hashes in one pass (no row is ever assembled), then equal hash pairs are duplicates. A false match needs a
/// 128-bit collision.
/// </summary>
public static class DuplicateRows
{
    /// <summary>Rows of <paramref name="data"/> (all its columns and the target) equal to an earlier row.</summary>
    public static int Count(ProfileInput data)
    {
        var (first, second) = (new ulong[data.RowCount], new ulong[data.RowCount]);
        foreach (var column in data.Columns)
        {
            // A text column hashes each distinct text once; its rows fold in their level's hash.
            var levels = column.Levels.Select(TextHash).ToArray();
            for (var r = 0; r < data.RowCount; r++)
            {
                var value = column.Numbers is { } numbers
                    ? (float.IsNaN(numbers[r]) ? 0x7FC00000UL : (ulong)BitConverter.SingleToUInt32Bits(numbers[r] + 0f))
                    : column.Codes![r] is var code and >= 0 ? levels[code] : 0x9E3779B97F4A7C15UL;
                Fold(ref first[r], ref second[r], value);
            }
        }
        var seen = new HashSet<(ulong, ulong)>(data.RowCount);
        var duplicates = 0;
        for (var r = 0; r < data.RowCount; r++)
        {
            // A numeric target by its value: two rows in the same quintile with different targets are not duplicates.
            Fold(ref first[r], ref second[r], data.TargetValues is { } targets ? BitConverter.DoubleToUInt64Bits(targets[r] + 0d) : (ulong)data.Labels[r]);
            duplicates += seen.Add((first[r], second[r])) ? 0 : 1;
        }
        return duplicates;
    }

    private static void Fold(ref ulong first, ref ulong second, ulong value)
    {
        first = (first ^ value) * 0x100000001B3UL + 0x9E3779B97F4A7C15UL;
        second = ((second + value) * 0xC2B2AE3D27D4EB4FUL) ^ (second >> 29);
    }

    // FNV-1a over the characters: stable across processes, unlike string.GetHashCode.
    private static ulong TextHash(string text)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 0x100000001B3UL;
        }
        return hash;
    }
}
