using Xunit.Abstractions;
using Xunit.Sdk;

namespace CiCd.Testing.Postgres;

/// <summary>Decides at discovery, per concrete test class, whether a <see cref="BackendFactAttribute"/> test is skipped.</summary>
public sealed class BackendFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var needsPostgres = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any();
        var onCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        var provided = Environment.GetEnvironmentVariable(ProvidedPostgres.Variable) is { Length: > 0 };
        if (needsPostgres && !onCi && !provided && PostgresInstance.FindBinaries() is null)
        {
            return new XunitSkippedDataRowTestCase(
                DiagnosticMessageSink,
                discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(),
                testMethod,
                $"PostgreSQL is not installed: {PostgresInstance.InstallHint}, or set {ProvidedPostgres.Variable} to a server's connection string");
        }
        return base.CreateTestCase(discoveryOptions, testMethod, factAttribute);
    }
}
