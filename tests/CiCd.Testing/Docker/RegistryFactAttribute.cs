using Xunit.Sdk;

namespace CiCd.Testing.Docker;

/// <summary>A test that needs Debian's docker-registry: skipped with the install line when it is missing, run (and failing) when CI=true.</summary>
[TraitDiscoverer(InfrastructureTraitDiscoverer.TypeName, InfrastructureTraitDiscoverer.AssemblyName)]
[AttributeUsage(AttributeTargets.Method)]
public sealed class RegistryFactAttribute : FactAttribute, ITraitAttribute
{
    public RegistryFactAttribute()
    {
        if (Prerequisites.Which("docker-registry") is null && Prerequisites.Provided(Prerequisites.RegistryVariable) is null && !Prerequisites.OnCi)
        {
            Skip = $"needs docker-registry: {Prerequisites.InstallHint}";
        }
    }
}
