using CiCd.Workflows.Tests.Model;

namespace CiCd.Workflows.Tests;

public static class CertificationWorkflowTests
{
    public sealed class TheCertificationWorkflow
    {
        private readonly Workflow _workflow = Workflow.Load("certification.yml");

        [Fact]
        public void Should_Run_On_Pushes_To_Certification_Only()
        {
            // Then
            Assert.Equal(["push"], _workflow.On.Keys());
            Assert.Equal(["certification"], _workflow.On.Child("push").Child("branches").Texts());
        }

        [Fact]
        public void Should_Write_Only_The_Registry_Branch_And_Packages()
        {
            // Then
            Assert.Equal(new Dictionary<string, string> { ["contents"] = "write", ["packages"] = "write" }, _workflow.Job("certify").Permissions);
        }

        [Fact]
        public void Should_Share_The_Registry_Through_Its_Branch() =>
            Assert.Equal("mlops-registry", _workflow.Root.Child("env").Text("MLOPS_REGISTRY_BRANCH"));

        [Fact]
        public void Should_Provide_The_CI_Targets_Tests_With_Their_Components() =>
            RealComponents.AssertProvidedTo(_workflow.Job("certify"));

        [Fact]
        public void Should_Build_Pull_Test_And_Push_In_Separate_Steps_So_Only_The_Pushes_Get_Secrets()
        {
            // Then: Certification in build.cake is the same sequence in one process
            Assert.Equal(["Build", "RegistryPull", "Candidate", "Push", "RegistryPush"], _workflow.Job("certify").CakeTargets);
        }

        [Fact]
        public void Should_Give_The_Token_Only_To_The_Registry_Pull_And_Push_And_The_Image_Push()
        {
            // Given
            var withSecrets = _workflow.Job("certify").Steps.Where(s => s.Env.Values.Any(v => v.Contains("secrets.", StringComparison.Ordinal))).ToList();

            // Then: each runs one task alone, after the steps without secrets built and tested
            Assert.Equal(
                ["./build.sh --target RegistryPull --exclusive", "./build.sh --target Push --exclusive", "./build.sh --target RegistryPush --exclusive"],
                withSecrets.Select(s => s.Run!.Trim()));
        }

        [Fact]
        public void Should_Run_In_The_Certification_Environment() =>
            Assert.Equal("certification", _workflow.Job("certify").Environment);

        [Fact]
        public void Should_Push_To_Ghcr_With_The_Jobs_Own_Token()
        {
            // Given
            var step = _workflow.Job("certify").Steps.Single(s => s.Run?.Contains("--target Push ", StringComparison.Ordinal) == true);

            // Then
            Assert.Equal("${{ github.actor }}", step.Env["MLOPS_REGISTRY_USERNAME"]);
            Assert.Equal("${{ secrets.GITHUB_TOKEN }}", step.Env["MLOPS_REGISTRY_PASSWORD"]);
            Assert.DoesNotContain("GITHUB_TOKEN", step.Env.Keys);
        }

        [Fact]
        public void Should_Fetch_The_Whole_History_For_The_Version_Tags() =>
            Assert.Equal("0", _workflow.Job("certify").StepsUsing("actions/checkout").Single().With["fetch-depth"]);

        [Fact]
        public void Should_Queue_A_Newer_Merge_Rather_Than_Cancel_One_Between_The_Image_Push_And_The_Registry_Push()
        {
            // Then
            Assert.StartsWith("certification-", _workflow.Root.Child("concurrency").Text("group"), StringComparison.Ordinal);
            Assert.Equal("false", _workflow.Root.Child("concurrency").Text("cancel-in-progress"));
        }
    }
}
