using Xunit.Abstractions;
using Xunit.Sdk;

namespace CiCd.Testing;

/// <summary>Gives every test marked by a real-component attribute the trait <c>Category=Infrastructure</c>.</summary>
public sealed class InfrastructureTraitDiscoverer : ITraitDiscoverer
{
    /// <summary>The assembly-qualified name xunit finds this discoverer by.</summary>
    public const string TypeName = "CiCd.Testing.InfrastructureTraitDiscoverer";

    public const string AssemblyName = "CiCd.Testing";

    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute) =>
        [new(TestCategory.Trait, TestCategory.Infrastructure)];
}
