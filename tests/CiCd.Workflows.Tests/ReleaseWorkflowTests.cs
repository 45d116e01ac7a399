using CiCd.Workflows.Tests.Model;

namespace CiCd.Workflows.Tests;

public static class ReleaseWorkflowTests
{
    public sealed class TheReleaseWorkflow
    {
        private readonly Workflow _workflow = Workflow.Load("release.yml");

        [Fact]
        public void Should_Run_On_Pushes_To_Master_Only()
        {
            // Then
            Assert.Equal(["push"], _workflow.On.Keys());
            Assert.Equal(["master"], _workflow.On.Child("push").Child("branches").Texts());
        }

        [Fact]
        public void Should_Write_Contents_For_The_Tag_And_Packages_For_The_Image_And_Nothing_Else()
        {
            // Then
            Assert.Equal(new Dictionary<string, string> { ["contents"] = "write", ["packages"] = "write" }, _workflow.Job("release").Permissions);
        }

        [Fact]
        public void Should_Take_The_Certified_Version_From_The_Shared_Registry_Not_From_Another_Jobs_Folder() =>
            Assert.Equal("mlops-registry", _workflow.Root.Child("env").Text("MLOPS_REGISTRY_BRANCH"));

        [Fact]
        public void Should_Run_No_Tests_So_Need_No_Service() => Assert.Empty(_workflow.Job("release").Services);

        [Fact]
        public void Should_Call_The_Release_Target() =>
            Assert.Equal(["Release"], _workflow.Job("release").CakeTargets);

        [Fact]
        public void Should_Run_In_The_Production_Environment() =>
            Assert.Equal("production", _workflow.Job("release").Environment);

        [Fact]
        public void Should_Push_To_Ghcr_With_The_Jobs_Own_Token()
        {
            // Given
            var step = _workflow.Job("release").Steps.Single(s => s.Run is not null);

            // Then
            Assert.Equal("${{ github.actor }}", step.Env["MLOPS_REGISTRY_USERNAME"]);
            Assert.Equal("${{ secrets.GITHUB_TOKEN }}", step.Env["MLOPS_REGISTRY_PASSWORD"]);
        }

        [Fact]
        public void Should_Fetch_The_Whole_History_For_The_Version_Tags() =>
            Assert.Equal("0", _workflow.Job("release").StepsUsing("actions/checkout").Single().With["fetch-depth"]);

        [Fact]
        public void Should_Queue_Releases_Rather_Than_Cancel_One_Half_Done()
        {
            // Then
            Assert.Equal("release", _workflow.Root.Child("concurrency").Text("group"));
            Assert.Equal("false", _workflow.Root.Child("concurrency").Text("cancel-in-progress"));
        }
    }
}
