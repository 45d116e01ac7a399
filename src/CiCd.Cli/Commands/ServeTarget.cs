using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Registry;
using CiCd.Registry.Versions;
using CiCd.Train;

namespace CiCd.Cli.Commands;

/// <summary>
/// What `mlops serve --model` names: an existing model folder or model.zip, else a registered model — a bare alias or
/// version of the model in the config's registry section (<c>production</c>, <c>3</c>), or <c>name@alias</c> / <c>name@version</c>.
/// </summary>
internal static class ServeTarget
{
    /// <summary>The <c>Serving:Model</c> and <c>Serving:Registry</c> settings for <paramref name="model"/> (registry null for a path).</summary>
    public static (string Model, string? Registry) Resolve(string model, string? registry, string configPath)
    {
        if (File.Exists(model) || Directory.Exists(model))
        {
            return (model, null);
        }
        var named = model.Contains('@', StringComparison.Ordinal);
        if (!named && !VersionReference.IsSelector(model))
        {
            throw new InputException(model, null, null,
                "model folder or file not found (nor is it a registry alias such as production, a version number, or <name>@<alias or version>)");
        }
        RegistryConfig? config = null;
        RegistryConfig Config() => config ??= ConfigLoader.Load(configPath).Registry;
        var reference = named ? VersionReference.Parse(model) : VersionReference.Of(Config().Model, model);
        var root = registry ?? Config().Root;
        // An unknown model, an alias not set yet, or a version whose files or card the service would refuse is the
        // user's mistake: say so now (exit 2) rather than start a service that can never become ready.
        var loaded = new ModelRegistry(new RegistryOptions { Root = root }).Load(reference.Model, reference.Selector);
        ModelCardFile.Read(loaded.CardPath);
        return (reference.ToString(), root);
    }
}
