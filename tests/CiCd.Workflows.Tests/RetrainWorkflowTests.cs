using CiCd.Workflows.Tests.Model;

namespace CiCd.Workflows.Tests;

public static class RetrainWorkflowTests
{
    public sealed class TheRetrainWorkflow
    {
        private readonly Workflow _workflow = Workflow.Load("retrain.yml");

        private WorkflowJob Snapshot => _workflow.Job("snapshot");

        [Fact]
        public void Should_Run_Only_When_Dispatched()
        {
            // Then: the monitor's drift-alert dispatches it; nothing else starts a retraining
            Assert.Equal(["workflow_dispatch"], _workflow.On.Keys());
        }

        [Fact]
        public void Should_Pack_The_Tool_Without_A_Secret_And_Write_Only_From_The_Verified_Tool()
        {
            // Given
            var tool = _workflow.Job("tool");

            // Then
            Assert.Equal(new Dictionary<string, string> { ["contents"] = "read" }, tool.Permissions);
            Assert.Equal(["Pack"], tool.CakeTargets);
            Assert.DoesNotContain(tool.Steps, s => s.HoldsSecret);
            Assert.Equal(new Dictionary<string, string> { ["contents"] = "write", ["pull-requests"] = "write", ["actions"] = "write", ["packages"] = "write" }, Snapshot.Permissions);
            Assert.Null(VerifiedTool.Problem(Snapshot, Snapshot.Steps.Single(VerifiedTool.IsInstallStep)));
            Assert.Empty(Snapshot.CakeTargets);
        }

        [Fact]
        public void Should_Build_The_Snapshot_Of_The_Configured_Training_Data_From_Labelled_Rows_Only()
        {
            // Given
            var step = Snapshot.Steps.Single(s => s.Name == "Training snapshot");
            var dataset = CiCd.Configuration.ConfigLoader.Load(CiCd.Testing.RepositoryRoot.PathOf("mlops.yaml")).Dataset.Path;

            // Then
            Assert.Equal("${{ secrets.MLOPS_PREDICTION_LOG_URI }}", step.Env["MLOPS_PREDICTION_LOG_URI"]);
            Assert.Contains("mlops data snapshot --config mlops.yaml --base data/raw/german_credit.csv --log \"$MLOPS_PREDICTION_LOG_URI\"", step.Run, StringComparison.Ordinal);
            Assert.Contains("--labels-only --since \"$since\" --out out/retrain/german_credit.csv", step.Run, StringComparison.Ordinal);
            Assert.EndsWith("data/raw/german_credit.csv", dataset.Replace('\\', '/'), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Propose_The_Snapshot_On_A_Branch_Of_Its_Own_And_Start_Ci_On_It()
        {
            // Given
            var step = Snapshot.Steps.Single(s => s.Name == "Retraining pull request");

            // Then: a pull request opened with the job's token starts no workflow, so ci.yml is dispatched on the branch
            Assert.Contains("branch=\"retrain/$GITHUB_RUN_ID\"", step.Run, StringComparison.Ordinal);
            Assert.Contains("git push --quiet \"$REPOSITORY_URL\" \"HEAD:refs/heads/$branch\"", step.Run, StringComparison.Ordinal);
            Assert.Contains("gh pr create --base \"$BASE\" --head \"$branch\"", step.Run, StringComparison.Ordinal);
            Assert.Contains("gh workflow run ci.yml --ref \"$branch\"", step.Run, StringComparison.Ordinal);
            Assert.Contains("workflow_dispatch", Workflow.Load("ci.yml").On.Keys());
        }

        [Fact]
        public void Should_Push_The_Snapshot_To_The_Data_Remote_Or_Commit_It_As_Mlops_Data_Adopt_Decides()
        {
            // Given
            var adopt = Snapshot.Steps.Single(s => s.Name == "Adopt the snapshot");
            var pullRequest = Snapshot.Steps.Single(s => s.Name == "Retraining pull request");
            var names = Snapshot.Steps.Select(s => s.Name).ToList();

            // Then: adopt runs between the snapshot and the commit, with the registry credentials a push to GHCR needs,
            // and the commit takes exactly the files it changed (dataset.version in mlops.yaml, or the data file)
            Assert.True(names.IndexOf("Training snapshot") < names.IndexOf("Adopt the snapshot") && names.IndexOf("Adopt the snapshot") < names.IndexOf("Retraining pull request"));
            Assert.Contains("mlops data adopt out/retrain/german_credit.csv --config mlops.yaml --tag \"retrain-$GITHUB_RUN_ID\" --json", adopt.Run, StringComparison.Ordinal);
            Assert.Equal("${{ secrets.GITHUB_TOKEN }}", adopt.Env["MLOPS_REGISTRY_PASSWORD"]);
            Assert.Equal("${{ github.actor }}", adopt.Env["MLOPS_REGISTRY_USERNAME"]);
            Assert.Contains("jq -r '.changed[]' out/retrain/adopt.json | xargs git add --", pullRequest.Run, StringComparison.Ordinal);
            Assert.DoesNotContain("cp out/retrain", pullRequest.Run, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Queue_Rather_Than_Cancel_A_Running_Retraining() =>
            Assert.Equal("false", _workflow.Root.Child("concurrency").Text("cancel-in-progress"));
    }
}
