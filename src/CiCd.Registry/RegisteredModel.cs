using CiCd.Registry.Aliases;
using CiCd.Registry.Versions;

namespace CiCd.Registry;

/// <summary>A model's registry file: its versions, where each alias points, and the alias history.</summary>
public sealed record RegisteredModel(
    int Format,
    string Model,
    IReadOnlyList<ModelVersion> Versions,
    IReadOnlyDictionary<string, int> Aliases,
    IReadOnlyList<AliasChange> History)
{
    /// <summary>The registry file format this build reads and writes.</summary>
    public const int CurrentFormat = 1;

    /// <summary>An empty registry for a new model.</summary>
    public static RegisteredModel Empty(string model) =>
        new(CurrentFormat, model, [], new Dictionary<string, int>(), []);

    /// <summary>The version with this number, if registered.</summary>
    public ModelVersion? Find(int version) => Versions.FirstOrDefault(v => v.Version == version);

    /// <summary>The version an alias points at, if set.</summary>
    public ModelVersion? AtAlias(string alias) => Aliases.TryGetValue(alias, out var version) ? Find(version) : null;
}
