using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Registry;
using CiCd.Registry.Versions;
using CiCd.Train;

namespace CiCd.Pipeline.Train;

/// <summary>
/// `mlops train --reproduce name@version`: the config to retrain a registered version with — its own data version
/// (the digest its card records, pulled and verified before training) — and a warning for every training setting
/// of the current config that differs from what that version's card records.
/// </summary>
internal static class TrainReproduction
{
    public static MlopsConfig Prepare(MlopsConfig config, string target, TextWriter log)
    {
        var reference = VersionReference.Parse(target);
        var loaded = new ModelRegistry(new RegistryOptions { Root = config.Registry.Root }).Load(reference.Model, reference.Selector);
        var card = ModelCardFile.Read(loaded.CardPath);
        var number = loaded.Version.Version;
        if (card.Data.Version is not { } digest)
        {
            throw new InputException(loaded.CardPath, null, null,
                $"version {number} was trained without a data version; push the data with mlops data push and set dataset.version");
        }
        log.WriteLine($"reproducing {reference.Model} version {number} on data version {digest}");
        foreach (var difference in Differences(card.Training, config))
        {
            log.WriteLine($"warning: {difference}; the metrics may differ from version {number}'s");
        }
        return config with { Dataset = config.Dataset with { Version = digest } };
    }

    // The card records these settings one by one and the rest (candidates, costs, schema) only through the config hash.
    private static List<string> Differences(CardTraining recorded, MlopsConfig config)
    {
        var current = config.Training;
        string? Differs<T>(string name, T was, T now) =>
            EqualityComparer<T>.Default.Equals(was, now) ? null : $"training.{name} is {now} in the config but was {was}";
        string?[] settings =
        [
            Differs("seed", recorded.Seed, current.Seed),
            Differs("test_fraction", recorded.TestFraction, current.TestFraction),
            Differs("folds", recorded.Folds, current.Folds),
            Differs("primary_metric", recorded.PrimaryMetric, current.PrimaryMetric),
        ];
        var found = settings.OfType<string>().ToList();
        var hash = CacheKey.ConfigHash(config);
        if (hash != recorded.ConfigHash)
        {
            found.Add($"the config's schema or training section (candidates, costs) hashes to {hash[..12]} but was {recorded.ConfigHash[..Math.Min(12, recorded.ConfigHash.Length)]}");
        }
        return found;
    }
}
