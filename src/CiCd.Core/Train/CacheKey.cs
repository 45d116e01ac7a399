using CiCd.Configuration;
using CiCd.Formats;
using CiCd.Storage;

namespace CiCd.Train;

/// <summary>
/// The stage-cache key, hashed from the inputs before training (never from outputs): the data fingerprint,
/// the schema and training config, the tool and ML.NET versions, and the seed.
/// </summary>
public static class CacheKey
{
    /// <summary>sha256 over everything that decides a training result.</summary>
    public static string Compute(MlopsConfig config, string dataFingerprint) =>
        ContentHash.OfText(string.Join('\n',
            "data:" + dataFingerprint,
            "config:" + ConfigHash(config),
            "tool:" + ToolVersions.Tool,
            "mlnet:" + ToolVersions.MlNet,
            "seed:" + config.Training.Seed));

    /// <summary>sha256 of the parts of the config that shape the model (schema and training), not of its file bytes.</summary>
    public static string ConfigHash(MlopsConfig config) =>
        ContentHash.OfText(JsonReport.Serialize(new { config.Dataset.Columns, config.Dataset.Classes, config.Dataset.Target, config.Training }));
}
