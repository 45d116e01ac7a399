using Xunit.Sdk;

namespace CiCd.Testing;

/// <summary>
/// A test that needs Debian's Chromium: skipped with the install line when it is missing, but run (and failing) when
/// CI=true, so CI never passes by skipping.
/// </summary>
[TraitDiscoverer(InfrastructureTraitDiscoverer.TypeName, InfrastructureTraitDiscoverer.AssemblyName)]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute, ITraitAttribute
{
    public ChromiumFactAttribute()
    {
        if (!Chromium.Installed && !Chromium.OnCi)
        {
            Skip = $"needs {Chromium.ExecutablePath}: {Chromium.InstallHint}";
        }
    }
}
