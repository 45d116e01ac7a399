using Xunit.Sdk;

namespace CiCd.Tracking.Tests.Postgres;

/// <summary>
/// A fact of the shared store suite: on a <see cref="RequiresPostgresAttribute"/> class it is
/// skipped, saying what to install, when PostgreSQL is missing; with CI=true it runs (and fails) instead.
/// </summary>
[XunitTestCaseDiscoverer("CiCd.Tracking.Tests.Postgres.BackendFactDiscoverer", "CiCd.Tracking.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class BackendFactAttribute : FactAttribute;
