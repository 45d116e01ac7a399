using CiCd.Pipeline.Register;
using CiCd.Registry;
using CiCd.Registry.Aliases;
using CiCd.Storage;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>A model registry in a temp folder holding trained models as versions of one name, moved the way `mlops model` moves them.</summary>
public sealed class RegistryFolder : IDisposable
{
    public const string Model = "german-credit";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("cicd-serving-registry-");

    public RegistryFolder() => Registry = new ModelRegistry(new RegistryOptions { Root = Root, User = "tests" });

    public string Root => Path.Combine(_folder.FullName, "models");

    public ModelRegistry Registry { get; }

    /// <summary>
    /// Registers <paramref name="model"/> as the next version through the register stage, as `mlops model register
    /// --skip-gate-check` does; with <paramref name="alias"/>, points it there too.
    /// </summary>
    public int Register(TrainedModel model, string? alias = null)
    {
        var version = new RegisterStage(Registry).Run(Model, model.Folder, gateFolder: null).Version.Version;
        if (alias is not null)
        {
            Promote(version, alias);
        }
        return version;
    }

    public void Promote(int version, string alias = ModelAliases.Production) =>
        Registry.Promote(Model, version.ToString(System.Globalization.CultureInfo.InvariantCulture), alias, "test");

    public void Rollback(string alias = ModelAliases.Production) => Registry.Rollback(Model, alias, "test");

    /// <summary>Overwrites a version's model.zip with other bytes, as disk damage or a hand copy would; the record keeps the old sha256.</summary>
    public void Corrupt(int version) =>
        AtomicFile.WriteAllBytes(Path.Combine(Root, Model, $"v{version}", "model.zip"), "PK\u0003\u0004 not the registered model"u8);

    /// <summary>The service settings that serve <paramref name="reference"/> (name@alias or name@version) from this registry.</summary>
    public Dictionary<string, string?> Serving(string reference, bool fileWatcher = true) => new()
    {
        ["Serving:Registry"] = Root,
        ["Serving:Model"] = reference,
        ["Serving:RegistryPollMilliseconds"] = "100",
        ["Serving:RegistryFileWatcher"] = fileWatcher ? "true" : "false",
    };

    public void Dispose() => _folder.Delete(recursive: true);
}
