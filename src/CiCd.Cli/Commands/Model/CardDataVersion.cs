using System.Globalization;
using CiCd.Formats;
using CiCd.Registry;
using CiCd.Registry.Versions;
using CiCd.Train;

namespace CiCd.Cli.Commands.Model;

/// <summary>The data artifact digest a version's model card records (its training data, pullable with mlops data pull).</summary>
internal static class CardDataVersion
{
    public static string? Of(ModelRegistry registry, string model, ModelVersion version) =>
        JsonReport.Read<ModelCard>(registry.Load(model, version.Version.ToString(CultureInfo.InvariantCulture)).CardPath).Data.Version;
}
