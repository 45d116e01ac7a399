using Xunit.Sdk;

namespace CiCd.Testing.Postgres;

/// <summary>Marks a test class whose <see cref="BackendFactAttribute"/> tests need a PostgreSQL server.</summary>
[TraitDiscoverer(InfrastructureTraitDiscoverer.TypeName, InfrastructureTraitDiscoverer.AssemblyName)]
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute, ITraitAttribute;
