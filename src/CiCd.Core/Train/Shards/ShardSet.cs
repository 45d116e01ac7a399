using CiCd.Errors;
using CiCd.Formats;

namespace CiCd.Train.Shards;

/// <summary>
/// Reads the shard files a merge is given and checks that together they are exactly one run's search: the same
/// inputs as this run (data fingerprint, config, seed, tool), the same N, every shard once, every unit as planned.
/// Each problem is an input error naming the file.
/// </summary>
public static class ShardSet
{
    /// <summary>The file names a shard writes (<see cref="ShardId.FileName"/>), as a search pattern.</summary>
    public const string Pattern = "train-shard-*.json";

    /// <summary>Every unit of the search, in unit order, from the shard files under <paramref name="paths"/>.</summary>
    public static IReadOnlyList<UnitResult> Read(IReadOnlyList<string> paths, ShardFile expected, SearchPlan plan)
    {
        var files = Find(paths);
        var shards = files.Select(file => (File: file, Shard: Check(file, JsonReport.Read<ShardFile>(file), expected, plan))).ToList();
        var count = shards[0].Shard.Shards;
        foreach (var (file, shard) in shards.Where(s => s.Shard.Shards != count))
        {
            throw new InputException(file, null, null, $"is shard {shard.Shard}/{shard.Shards}, but {shards[0].File} is one of {count}: all shards must split the search the same way");
        }
        foreach (var group in shards.GroupBy(s => s.Shard.Shard).Where(g => g.Count() > 1))
        {
            throw new InputException(group.Last().File, null, null, $"duplicates shard {group.Key}/{count}, already read from {group.First().File}");
        }
        var missing = Enumerable.Range(1, count).Where(i => shards.All(s => s.Shard.Shard != i)).ToList();
        if (missing.Count > 0)
        {
            throw new InputException(string.Join(", ", paths), null, null,
                $"shard {string.Join(", ", missing.Select(i => $"{i}/{count}"))} missing (found {string.Join(", ", files)}): a merge needs all {Counted.Of(count, "shard")}");
        }
        return [.. shards
            .SelectMany(s => plan.UnitsOf(new ShardId(s.Shard.Shard, count)).Zip(s.Shard.Results, (unit, result) => (unit.Unit, result)))
            .OrderBy(pair => pair.Unit)
            .Select(pair => pair.result)];
    }

    private static List<string> Find(IReadOnlyList<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
                continue;
            }
            if (!Directory.Exists(path))
            {
                throw new InputException(path, null, null, "no such file or folder of training shards");
            }
            var found = Directory.EnumerateFiles(path, Pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            if (found.Count == 0)
            {
                throw new InputException(path, null, null, $"holds no shard file ({Pattern}); run 'mlops train --shard I/N' first");
            }
            files.AddRange(found);
        }
        return files;
    }

    private static ShardFile Check(string file, ShardFile shard, ShardFile expected, SearchPlan plan)
    {
        if (shard.Format != ShardFile.FormatName || shard.SchemaVersion != ShardFile.CurrentSchema)
        {
            throw new InputException(file, null, null, $"is not a training shard of schema {ShardFile.CurrentSchema} " +
                $"(format '{shard.Format}', schema_version {shard.SchemaVersion}); this mlops reads '{ShardFile.FormatName}' version {ShardFile.CurrentSchema}");
        }
        Same(file, shard, "data fingerprint", shard.DataFingerprint, expected.DataFingerprint);
        Same(file, shard, "seed", shard.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), expected.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Same(file, shard, "config hash", shard.ConfigHash, expected.ConfigHash);
        Same(file, shard, "mlops version", shard.ToolVersion, expected.ToolVersion);
        Same(file, shard, "cache key", shard.CacheKey, expected.CacheKey);
        if (shard.Shards < 1 || shard.Shard < 1 || shard.Shard > shard.Shards || shard.Units != plan.UnitCount)
        {
            throw new InputException(file, null, null, $"is shard {shard.Shard}/{shard.Shards} of {Counted.Of(shard.Units, "unit")}; this run's search has {plan.UnitCount}");
        }
        var units = plan.UnitsOf(new ShardId(shard.Shard, shard.Shards));
        if (units.Count != shard.Results.Count)
        {
            throw new InputException(file, null, null, $"holds {Counted.Of(shard.Results.Count, "unit result")}; shard {shard.Shard}/{shard.Shards} has {Counted.Of(units.Count, "unit")}");
        }
        foreach (var (unit, result) in units.Zip(shard.Results))
        {
            if (unit.Spec.Id != result.Candidate || unit.Fold != result.Fold || result.Probabilities.Count != plan.Validator.FoldSize(unit.Fold))
            {
                throw new InputException(file, null, null, $"unit {unit.Unit} should be {unit.Spec.Id} on fold {unit.Fold} with " +
                    $"{Counted.Of(plan.Validator.FoldSize(unit.Fold), "prediction")}, found {result.Candidate} on fold {result.Fold} with {result.Probabilities.Count}");
            }
        }
        return shard;
    }

    private static void Same(string file, ShardFile shard, string what, string found, string expected)
    {
        if (found != expected)
        {
            throw new InputException(file, null, null, $"shard {shard.Shard}/{shard.Shards} was trained with {what} {Short(found)}, " +
                $"this run has {Short(expected)}: merge only shards of the same config, data and seed");
        }
    }

    private static string Short(string value) => value.Length > 16 ? value[..16] : value;
}
