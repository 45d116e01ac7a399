using Xunit.Sdk;

namespace CiCd.Testing.Docker;

/// <summary>
/// A test that needs a real Docker engine and registry: skipped with what to install when they are missing,
/// but run (and failing) when CI=true, so CI never passes by skipping.
/// </summary>
[TraitDiscoverer(InfrastructureTraitDiscoverer.TypeName, InfrastructureTraitDiscoverer.AssemblyName)]
[AttributeUsage(AttributeTargets.Method)]
public sealed class EngineFactAttribute : FactAttribute, ITraitAttribute
{
    public EngineFactAttribute()
    {
        var missing = Prerequisites.Missing();
        if (missing.Count > 0 && !Prerequisites.OnCi)
        {
            Skip = $"needs {string.Join(", ", missing)}: {Prerequisites.InstallHint}";
        }
    }
}
