using CiCd.Testing.Docker;
using Xunit.Sdk;

namespace CiCd.Tracking.Tests;

/// <summary>
/// The real-component attributes of CiCd.Testing give their tests <c>Category=Infrastructure</c>, so
/// <c>dotnet test --filter Category!=Infrastructure</c> leaves them out. Checked on the traits xunit itself reports
/// to the test platform, which is what the filter reads.
/// </summary>
public static class InfrastructureTraitTests
{
    public sealed class TheRealComponentAttributes
    {
        [Theory]
        [InlineData(nameof(Samples.Engine))]
        [InlineData(nameof(Samples.Registry))]
        [InlineData(nameof(Samples.Chromium))]
        public void Should_Put_Their_Tests_In_The_Infrastructure_Category(string method)
        {
            // Given
            var sample = typeof(Samples);

            // When
            var traits = Traits(sample, method);

            // Then
            Assert.Equal(new[] { TestCategory.Infrastructure }, traits.GetValueOrDefault(TestCategory.Trait));
        }

        [Fact]
        public void Should_Put_The_Tests_Of_A_Postgres_Class_In_The_Infrastructure_Category()
        {
            // Given: the shared store suite's facts need PostgreSQL only on a class marked RequiresPostgres
            var sample = typeof(PostgresSamples);

            // When
            var traits = Traits(sample, nameof(PostgresSamples.Store));

            // Then
            Assert.Equal(new[] { TestCategory.Infrastructure }, traits.GetValueOrDefault(TestCategory.Trait));
        }

        [Theory]
        [InlineData(typeof(Samples), nameof(Samples.Plain))]
        [InlineData(typeof(SqliteSamples), nameof(SqliteSamples.Store))]
        public void Should_Leave_Other_Tests_Out_Of_The_Category(Type sample, string method)
        {
            // Given: a plain fact, and a store fact on a class without RequiresPostgres (SQLite)

            // When
            var traits = Traits(sample, method);

            // Then
            Assert.False(traits.ContainsKey(TestCategory.Trait));
        }

        private static Dictionary<string, List<string>> Traits(Type sample, string method)
        {
            var assembly = new TestAssembly(Reflector.Wrap(sample.Assembly));
            var collection = new TestCollection(assembly, null, "samples");
            var testMethod = new TestMethod(new TestClass(collection, Reflector.Wrap(sample)), Reflector.Wrap(sample.GetMethod(method)!));
            var testCase = new XunitTestCase(new NullMessageSink(), TestMethodDisplay.Method, TestMethodDisplayOptions.None, testMethod);
            return testCase.Traits;
        }
    }

    // Not public, so xunit does not discover (and run) these samples.
#pragma warning disable xUnit1000
    private sealed class Samples
    {
        [EngineFact]
        public void Engine() { }

        [RegistryFact]
        public void Registry() { }

        [ChromiumFact]
        public void Chromium() { }

        [Fact]
        public void Plain() { }
    }

    [RequiresPostgres]
    private sealed class PostgresSamples
    {
        [BackendFact]
        public void Store() { }
    }

    private sealed class SqliteSamples
    {
        [BackendFact]
        public void Store() { }
    }
#pragma warning restore xUnit1000
}
