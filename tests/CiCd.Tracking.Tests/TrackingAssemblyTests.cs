using CiCd.Tracking.Store;

namespace CiCd.Tracking.Tests;

public static class TrackingAssemblyTests
{
    public sealed class TheReferencedAssemblies
    {
        [Theory]
        [InlineData("CiCd.Core")]
        [InlineData("Microsoft.ML")]
        [InlineData("Microsoft.ML.Core")]
        public void Should_Not_Include_The_MlNet_Engine(string engine)
        {
            // Given
            var tracking = typeof(ExperimentStoreFactory).Assembly;

            // When
            var referenced = tracking.GetReferencedAssemblies().Select(name => name.Name).ToList();

            // Then: the store needs only the kernel (the train stage, which knows ML.NET, records into it)
            Assert.DoesNotContain(engine, referenced);
            Assert.Contains("CiCd.Kernel", referenced);
        }
    }
}
