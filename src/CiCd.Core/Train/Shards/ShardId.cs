using System.Globalization;
using CiCd.Errors;

namespace CiCd.Train.Shards;

/// <summary>
/// One slice of a search, <c>I/N</c> (1 ≤ I ≤ N): the work units whose index modulo N is I − 1. Dealing the units
/// round-robin spreads each trainer over every shard, so no shard gets all of a slow trainer's folds.
/// </summary>
public readonly record struct ShardId(int Index, int Count)
{
    /// <summary>The whole search in one process: a single-machine run.</summary>
    public static ShardId All { get; } = new(1, 1);

    /// <summary>Whether the work unit numbered <paramref name="unit"/> (0-based) belongs to this shard.</summary>
    public bool Owns(int unit) => unit % Count == Index - 1;

    /// <summary>The file a shard writes its results to, e.g. <c>train-shard-2-of-4.json</c>.</summary>
    public string FileName => $"train-shard-{Index.ToString(CultureInfo.InvariantCulture)}-of-{Count.ToString(CultureInfo.InvariantCulture)}.json";

    /// <inheritdoc/>
    public override string ToString() => $"{Index.ToString(CultureInfo.InvariantCulture)}/{Count.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Parses <c>I/N</c> as given to <c>--shard</c>; anything else is a usage error that says what is expected.</summary>
    public static ShardId Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            throw new InputException("--shard", null, null, $"'{text}' is not a shard: expected I/N with whole numbers, such as 2/4");
        }
        if (count < 1 || index < 1 || index > count)
        {
            throw new InputException("--shard", null, null, $"shard '{text}' is out of range: I must lie in 1..N and N be at least 1");
        }
        return new ShardId(index, count);
    }
}
