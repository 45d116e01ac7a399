using Xunit.Sdk;

namespace CiCd.Testing.Postgres;

/// <summary>
/// A fact of the shared store suite: on a <see cref="RequiresPostgresAttribute"/> class it is
/// skipped, saying what to install, when PostgreSQL is missing; with CI=true it runs (and fails) instead.
/// </summary>
[XunitTestCaseDiscoverer("CiCd.Testing.Postgres.BackendFactDiscoverer", "CiCd.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class BackendFactAttribute : FactAttribute;
