using CiCd.Workflows.Tests.Model;

namespace CiCd.Workflows.Tests;

public static class CiWorkflowTests
{
    public sealed class TheCiWorkflow
    {
        private readonly Workflow _workflow = Workflow.Load("ci.yml");

        [Fact]
        public void Should_Run_On_Pushes_To_Developer_Pull_Requests_Into_Every_Promotion_Branch_And_Retrain_Dispatches()
        {
            // Then
            Assert.Equal(["push", "pull_request", "workflow_dispatch"], _workflow.On.Keys());
            Assert.Equal(["developer"], _workflow.On.Child("push").Child("branches").Texts());
            Assert.Equal(["developer", "certification", "master"], _workflow.On.Child("pull_request").Child("branches").Texts());
        }

        [Fact]
        public void Should_Read_The_Repository_And_Write_Only_Its_Pull_Request_Comment()
        {
            // Then
            var job = Assert.Single(_workflow.Jobs);
            Assert.Equal(new Dictionary<string, string> { ["contents"] = "read", ["pull-requests"] = "write" }, job.Permissions);
        }

        [Fact]
        public void Should_Pull_The_Shared_Registry_Then_Call_The_CI_Target_Then_Comment_On_The_Pull_Request()
        {
            // Then
            Assert.Equal(["RegistryPull", "CI", "PullRequestComment"], _workflow.Job("ci").CakeTargets);
        }

        [Fact]
        public void Should_Give_The_Token_To_The_Registry_Pull_Alone_Before_The_Tests()
        {
            // Given
            var pull = _workflow.Job("ci").Steps.Single(s => s.Run?.Contains("--target RegistryPull", StringComparison.Ordinal) == true);

            // Then
            Assert.Equal("${{ secrets.GITHUB_TOKEN }}", pull.Env["GITHUB_TOKEN"]);
            Assert.Equal("mlops-registry", _workflow.Root.Child("env").Text("MLOPS_REGISTRY_BRANCH"));
        }

        [Fact]
        public void Should_Provide_PostgreSQL_The_Registries_And_The_Engine_So_No_Test_Skips() =>
            RealComponents.AssertProvidedTo(_workflow.Job("ci"));

        [Fact]
        public void Should_Comment_On_Pull_Requests_Only_But_Also_When_The_Gate_Failed()
        {
            // Given
            var comment = _workflow.Job("ci").Steps.Single(s => s.Run?.Contains("PullRequestComment", StringComparison.Ordinal) == true);

            // Then
            Assert.Equal("${{ always() && github.event_name == 'pull_request' }}", comment.If);
            Assert.Equal("${{ secrets.GITHUB_TOKEN }}", comment.Env["GITHUB_TOKEN"]);
        }

        [Fact]
        public void Should_Let_The_CI_Step_Fail_The_Job_So_Branch_Protection_Can_Require_It()
        {
            // Given
            var ci = _workflow.Job("ci").Steps.Single(s => s.Run?.Contains("--target CI", StringComparison.Ordinal) == true);

            // Then
            Assert.Null(ci.Node.Text("continue-on-error"));
            Assert.Null(_workflow.Job("ci").Node.Text("continue-on-error"));
            Assert.Equal("ci", _workflow.Job("ci").Node.Text("name"));
        }

        [Fact]
        public void Should_Not_Give_The_Token_To_The_Step_That_Runs_The_Pull_Requests_Code()
        {
            // Given
            var ci = _workflow.Job("ci").Steps.Single(s => s.Run?.Contains("--target CI", StringComparison.Ordinal) == true);

            // Then
            Assert.DoesNotContain("GITHUB_TOKEN", ci.Env.Keys);
        }

        [Fact]
        public void Should_Upload_Model_Reports_And_Coverage()
        {
            // Given
            var paths = _workflow.Job("ci").StepsUsing("actions/upload-artifact").Single().With["path"].Split('\n', StringSplitOptions.RemoveEmptyEntries);

            // Then
            Assert.Superset(new HashSet<string> { "out/train", "out/gate", "out/report", "out/coverage" }, paths.ToHashSet());
        }

        [Fact]
        public void Should_Cancel_A_Superseded_Run_Of_The_Same_Branch_Or_Pull_Request()
        {
            // Then
            Assert.Equal("ci-${{ github.event.pull_request.number || github.ref }}", _workflow.Root.Child("concurrency").Text("group"));
            Assert.Equal("true", _workflow.Root.Child("concurrency").Text("cancel-in-progress"));
        }

        [Fact]
        public void Should_Need_No_Environment() => Assert.Null(_workflow.Job("ci").Environment);
    }
}
