using CiCd.Pipeline.Register;
using CiCd.Registry;
using CiCd.Registry.Aliases;

namespace CiCd.Testing.Workspace;

/// <summary>A trained run registered as it is under the production alias, as 'mlops promote' leaves the run just gated.</summary>
public static class PromotedRun
{
    /// <summary>Registers <paramref name="trainFolder"/>'s run in <paramref name="registryRoot"/> under production; returns its version.</summary>
    public static int Register(string trainFolder, string registryRoot, string model) =>
        new RegisterStage(new ModelRegistry(new RegistryOptions { Root = registryRoot }))
            .Run(model, trainFolder, gateFolder: null, ModelAliases.Production).Version.Version;
}
