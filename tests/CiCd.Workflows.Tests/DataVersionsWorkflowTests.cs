using CiCd.Testing;
using CiCd.Workflows.Tests.Cake;
using CiCd.Workflows.Tests.Model;

namespace CiCd.Workflows.Tests;

public static class DataVersionsWorkflowTests
{
    public sealed class TheWorkflowsThatTrain
    {
        [Theory]
        [InlineData("ci.yml", "ci")]
        [InlineData("certification.yml", "candidate")]
        public void Should_Pull_The_Configured_Data_Version_Before_Validating_And_Training(string file, string job)
        {
            // Given
            var targets = Workflow.Load(file).Job(job).CakeTargets;
            var script = File.ReadAllText(RepositoryRoot.PathOf("build/build.cake"));
            var validate = script[script.IndexOf("Task(\"Validate\")", StringComparison.Ordinal)..script.IndexOf("Task(\"Train\")", StringComparison.Ordinal)];

            // Then: the job's target validates (and trains after it), and Validate pulls dataset.version first
            Assert.Contains(targets, t => CakeTargets.Load().Runs(t).Contains("Validate"));
            var pull = validate.IndexOf("data pull --if-configured", StringComparison.Ordinal);
            Assert.InRange(pull, 0, validate.IndexOf("data validate", StringComparison.Ordinal));
        }
    }
}
