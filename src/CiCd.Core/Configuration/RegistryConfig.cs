using CiCd.Errors;

namespace CiCd.Configuration;

/// <summary>The model registry: its folder and the name this pipeline registers under.</summary>
/// <param name="Root">The registry folder, resolved against the config file's folder.</param>
/// <param name="Model">The model name (default: the dataset name).</param>
public sealed record RegistryConfig(string Root, string Model)
{
    /// <summary>
    /// The model name. Read, it throws <see cref="Refusal"/> when the registry would refuse the name: a config that never
    /// registers still loads, and the command that needs the name says which field of which file to mend.
    /// </summary>
    public string Model
    {
        get => Refusal is null ? field : throw Refusal;
        init;
    } = Model;

    /// <summary>Why <see cref="Model"/> is not a name the registry accepts, at the config field it came from; null when it is.</summary>
    public InputException? Refusal { get; init; }
}
