using CiCd.Workflows.Tests.Model;

namespace CiCd.Workflows.Tests;

public static class MonitorWorkflowTests
{
    public sealed class TheMonitorWorkflow
    {
        private readonly Workflow _workflow = Workflow.Load("monitor.yml");

        [Fact]
        public void Should_Run_On_A_Schedule_And_On_Demand()
        {
            // Then
            Assert.Equal(["schedule", "workflow_dispatch"], _workflow.On.Keys());
            Assert.Matches(@"^[0-9*/,-]+ [0-9*/,-]+ [0-9*/,-]+ [0-9*/,-]+ [0-9*/,-]+$", ((YamlDotNet.RepresentationModel.YamlSequenceNode)_workflow.On.Child("schedule")!).Children[0].Text("cron"));
        }

        [Fact]
        public void Should_Offer_The_Drift_Reactions_On_Demand()
        {
            // Given
            var input = _workflow.On.Child("workflow_dispatch").Child("inputs").Child("on-drift");

            // Then
            Assert.Equal(["config", "issue", "retrain"], input.Child("options").Texts());
            Assert.Equal("config", input.Text("default"));
        }

        [Fact]
        public void Should_Measure_Drift_With_A_Read_Only_Token_And_Write_Only_Issues_And_Dispatches_From_The_Alert()
        {
            // Then
            Assert.Equal(["tool", "drift", "alert"], _workflow.Jobs.Select(j => j.Id));
            Assert.Equal(new Dictionary<string, string> { ["contents"] = "read" }, _workflow.Job("tool").Permissions);
            Assert.Equal(new Dictionary<string, string> { ["contents"] = "read" }, _workflow.Job("drift").Permissions);
            Assert.Equal(new Dictionary<string, string> { ["contents"] = "read", ["issues"] = "write", ["actions"] = "write" }, _workflow.Job("alert").Permissions);
        }

        [Fact]
        public void Should_Pack_The_Tool_Without_A_Secret_And_Measure_Drift_With_The_Verified_Tool_Only()
        {
            // Given
            var tool = _workflow.Job("tool");
            var drift = _workflow.Job("drift");

            // Then: the build never sees the log's credentials, and the job that holds them builds nothing
            Assert.Equal(["Pack"], tool.CakeTargets);
            Assert.DoesNotContain(tool.Steps, s => s.HoldsSecret);
            Assert.Empty(drift.CakeTargets);
            Assert.Equal(["tool"], drift.Needs);
            Assert.Null(VerifiedTool.Problem(drift, drift.Steps.Single(VerifiedTool.IsInstallStep)));
            Assert.Empty(drift.StepsUsing("actions/cache"));
        }

        [Fact]
        public void Should_Alert_On_Red_Only_With_The_Verified_Tool_Even_Though_The_Drift_Job_Failed()
        {
            // Given
            var alert = _workflow.Job("alert");
            var step = alert.Steps.Single(s => s.Name == "Drift alert");

            // Then
            Assert.Equal("${{ always() && needs.drift.outputs.drifted == 'true' }}", alert.If);
            Assert.Equal("${{ steps.drift.outputs.drifted }}", _workflow.Job("drift").Outputs["drifted"]);
            Assert.Contains("echo \"drifted=true\" >> \"$GITHUB_OUTPUT\"", _workflow.Job("drift").Steps.Single(s => s.Name == "Drift").Run, StringComparison.Ordinal);
            Assert.Null(VerifiedTool.Problem(alert, alert.Steps.Single(VerifiedTool.IsInstallStep)));
            Assert.Equal("mlops github drift-alert --config mlops.yaml --report out/drift/drift.md", step.Run!.Trim());
            Assert.Equal("${{ secrets.GITHUB_TOKEN }}", step.Env["GITHUB_TOKEN"]);
        }

        [Fact]
        public void Should_Pass_The_Dispatch_Input_Through_Env()
        {
            // Given
            var step = _workflow.Job("alert").Steps.Single(s => s.Name == "Drift alert");

            // Then
            Assert.Equal("${{ inputs.on-drift }}", step.Env["MLOPS_ON_DRIFT"]);
        }

        [Fact]
        public void Should_Pass_The_Current_Data_And_Window_Through_Env_With_The_Log_Secret_As_The_Scheduled_Default()
        {
            // Given
            var step = _workflow.Job("drift").Steps.Single(s => s.Name == "Drift");

            // Then
            Assert.Equal("${{ inputs.current }}", step.Env["MLOPS_DRIFT_CURRENT"]);
            Assert.Equal("${{ inputs.current == '' && (inputs.log || secrets.MLOPS_PREDICTION_LOG_URI) || inputs.log }}", step.Env["MLOPS_DRIFT_LOG"]);
            Assert.Equal("${{ inputs.window || '1d' }}", step.Env["MLOPS_DRIFT_WINDOW"]);
            Assert.Equal("1d", _workflow.On.Child("workflow_dispatch").Child("inputs").Child("window").Text("default"));
        }

        [Fact]
        public void Should_Fetch_The_Registry_With_The_Token_In_A_Step_That_Runs_No_Repository_Code()
        {
            // Given
            var steps = _workflow.Job("drift").Steps.ToList();
            var pull = steps.Single(s => s.Name == "Shared model registry");

            // Then
            Assert.Equal("${{ secrets.GITHUB_TOKEN }}", pull.Env["GITHUB_TOKEN"]);
            Assert.True(steps.IndexOf(pull) < steps.FindIndex(s => s.Name == "Drift"));
            Assert.DoesNotContain("./", pull.Run, StringComparison.Ordinal);
            Assert.Contains("tar -x -C models", pull.Run, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Expect_No_Prediction_Log_In_The_Repository()
        {
            // Then: the log lives in the replicas' database; a file in the checkout would be a stale export
            Assert.DoesNotContain("monitoring/", _workflow.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(".sqlite", _workflow.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Give_The_Log_Secret_Only_To_The_Drift_Step_Which_Runs_The_Verified_Tool()
        {
            // Given
            var holders = _workflow.Jobs.SelectMany(j => j.Steps).Where(s => s.Env.Values.Any(v => v.Contains("secrets.MLOPS_PREDICTION_LOG_URI", StringComparison.Ordinal))).ToList();

            // Then: the same `mlops drift` call as the Drift target, by the tool the tool job packed
            var step = Assert.Single(holders);
            Assert.Equal("Drift", step.Name);
            Assert.Contains("mlops drift --config mlops.yaml --model german-credit@production \"${data[@]}\" --out out/drift", step.Run, StringComparison.Ordinal);
            Assert.Contains("set the repository secret MLOPS_PREDICTION_LOG_URI", step.Run, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Read_The_Production_Reference_From_The_Shared_Registry() =>
            Assert.Equal("mlops-registry", _workflow.Root.Child("env").Text("MLOPS_REGISTRY_BRANCH"));

        [Fact]
        public void Should_Retrain_Through_A_Workflow_That_Accepts_Dispatches()
        {
            // Given: monitor.retrain_workflow's default.
            var retrain = Workflow.Load(CiCd.Configuration.MonitorConfig.Default.RetrainWorkflow);

            // Then: dispatched on monitor.retrain_branch, it proposes the snapshot to that branch
            Assert.Equal(["workflow_dispatch"], retrain.On.Keys());
            Assert.Equal("${{ github.ref_name }}", retrain.Job("snapshot").Steps.Single(s => s.Name == "Retraining pull request").Env["BASE"]);
        }

        [Fact]
        public void Should_Need_No_Environment() => Assert.All(_workflow.Jobs, job => Assert.Null(job.Environment));

        [Fact]
        public void Should_Cancel_A_Superseded_Check() =>
            Assert.Equal("true", _workflow.Root.Child("concurrency").Text("cancel-in-progress"));
    }
}
