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
        public void Should_Give_The_Job_That_Runs_The_Pull_Requests_Code_A_Read_Only_Token()
        {
            // Then
            Assert.Equal(["train-plan", "train-shards", "ci", "comment-tool", "comment"], _workflow.Jobs.Select(j => j.Id));
            Assert.Equal(new Dictionary<string, string> { ["contents"] = "read" }, _workflow.Job("ci").Permissions);
        }

        [Fact]
        public void Should_Write_Only_The_Pull_Request_Comment_With_The_Base_Branchs_Tool_Verified()
        {
            // Given
            var comment = _workflow.Job("comment");
            var tool = _workflow.Job("comment-tool");

            // Then: the tool is packed from the base commit without write permissions, and checked before it runs
            Assert.Equal(new Dictionary<string, string> { ["contents"] = "read", ["pull-requests"] = "write" }, comment.Permissions);
            Assert.Equal(new Dictionary<string, string> { ["contents"] = "read" }, tool.Permissions);
            Assert.Equal("${{ github.event.pull_request.base.sha }}", comment.StepsUsing("actions/checkout").Single().With["ref"]);
            Assert.Equal("${{ github.event.pull_request.base.sha }}", tool.StepsUsing("actions/checkout").Single().With["ref"]);
            Assert.Equal(["ci", "comment-tool"], comment.Needs);
            Assert.Null(VerifiedTool.Problem(comment, comment.Steps.Single(VerifiedTool.IsInstallStep)));
        }

        [Fact]
        public void Should_Call_The_CI_Target_And_Pack_The_Base_Branchs_Tool()
        {
            // Then
            Assert.Equal(["CI"], _workflow.Job("ci").CakeTargets);
            Assert.Equal(["Pack"], _workflow.Job("comment-tool").CakeTargets);
            Assert.Empty(_workflow.Job("comment").CakeTargets);
        }

        [Fact]
        public void Should_Fetch_The_Shared_Registry_With_The_Token_In_A_Step_That_Runs_No_Repository_Code_Before_The_Tests()
        {
            // Given
            var steps = _workflow.Job("ci").Steps.ToList();
            var pull = steps.Single(s => s.Node.Text("name") == "Shared model registry");
            var ci = steps.Single(s => s.Run?.Contains("--target CI", StringComparison.Ordinal) == true);

            // Then
            Assert.Equal("${{ secrets.GITHUB_TOKEN }}", pull.Env["GITHUB_TOKEN"]);
            Assert.True(steps.IndexOf(pull) < steps.IndexOf(ci));
            Assert.DoesNotContain("./", pull.Run, StringComparison.Ordinal);
            Assert.DoesNotContain("dotnet", pull.Run, StringComparison.Ordinal);
            Assert.Contains("MLOPS_REGISTRY_PULLED=", pull.Run, StringComparison.Ordinal);
            Assert.Equal("mlops-registry", _workflow.Root.Child("env").Text("MLOPS_REGISTRY_BRANCH"));
        }

        [Fact]
        public void Should_Provide_PostgreSQL_The_Registries_And_The_Engine_So_No_Test_Skips() =>
            RealComponents.AssertProvidedTo(_workflow.Job("ci"));

        [Fact]
        public void Should_Comment_On_Pull_Requests_Only_But_Also_When_The_Gate_Failed()
        {
            // Given
            var job = _workflow.Job("comment");
            var comment = job.Steps.Single(s => s.Name == "Pull-request comment");

            // Then: the summary comes from the CI job's output, as data
            Assert.Equal(
                "${{ always() && github.event_name == 'pull_request' && needs.ci.outputs.summary != '' && needs.comment-tool.result == 'success' }}",
                job.If);
            Assert.Equal("${{ github.event_name == 'pull_request' }}", _workflow.Job("comment-tool").If);
            Assert.Equal("${{ secrets.GITHUB_TOKEN }}", comment.Env["GITHUB_TOKEN"]);
            Assert.Equal("${{ needs.ci.outputs.summary }}", comment.Env["MLOPS_SUMMARY"]);
            Assert.Contains("mlops github comment --file \"$RUNNER_TEMP/summary.md\"", comment.Run, StringComparison.Ordinal);
            Assert.Equal("${{ steps.ci.outputs.summary }}", _workflow.Job("ci").Node.Child("outputs").Text("summary"));
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

        [Theory]
        [InlineData("push", "refs/heads/developer", null, "ci-refs/heads/developer")]
        [InlineData("pull_request", "refs/pull/12/merge", 12.0, "ci-12")]
        [InlineData("workflow_dispatch", "refs/heads/developer", null, "ci-retrain-4242")]
        public void Should_Cancel_A_Superseded_Run_Of_The_Same_Branch_Or_Pull_Request_But_Never_A_Dispatched_Retraining(
            string eventName, string gitRef, double? pullRequest, string expected)
        {
            // Given: the contexts GitHub evaluates the group with
            var context = new Dictionary<string, object?>
            {
                ["github.event_name"] = eventName,
                ["github.ref"] = gitRef,
                ["github.run_id"] = "4242",
                ["github.event.pull_request.number"] = pullRequest,
            };

            // When
            var group = Expression.Interpolate(_workflow.Root.Child("concurrency").Text("group")!, context);

            // Then: a push to developer lands in ci-refs/heads/developer, never in the retraining's group
            Assert.Equal(expected, group);
            Assert.Equal("true", _workflow.Root.Child("concurrency").Text("cancel-in-progress"));
        }

        [Fact]
        public void Should_Need_No_Environment() => Assert.Null(_workflow.Job("ci").Environment);
    }
}
