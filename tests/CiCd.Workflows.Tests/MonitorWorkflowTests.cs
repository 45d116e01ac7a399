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
        public void Should_Write_Only_Issues_And_Workflow_Dispatches()
        {
            // Then
            Assert.Equal(new Dictionary<string, string> { ["contents"] = "read", ["issues"] = "write", ["actions"] = "write" }, _workflow.Job("drift").Permissions);
        }

        [Fact]
        public void Should_Call_The_Monitor_Target() =>
            Assert.Equal(["Monitor"], _workflow.Job("drift").CakeTargets);

        [Fact]
        public void Should_Pass_The_Dispatch_Input_Through_Env()
        {
            // Given
            var step = _workflow.Job("drift").Steps.Single(s => s.Run is not null);

            // Then
            Assert.Equal("${{ inputs.on-drift }}", step.Env["MLOPS_ON_DRIFT"]);
        }

        [Fact]
        public void Should_Pass_The_Current_Data_And_Window_Through_Env_With_The_Log_As_The_Scheduled_Default()
        {
            // Given
            var step = _workflow.Job("drift").Steps.Single(s => s.Run is not null);

            // Then
            Assert.Equal("${{ inputs.current }}", step.Env["MLOPS_DRIFT_CURRENT"]);
            Assert.Equal("${{ inputs.current == '' && (inputs.log || 'monitoring/predictions.sqlite') || inputs.log }}", step.Env["MLOPS_DRIFT_LOG"]);
            Assert.Equal("${{ inputs.window || '1d' }}", step.Env["MLOPS_DRIFT_WINDOW"]);
            Assert.Equal("1d", _workflow.On.Child("workflow_dispatch").Child("inputs").Child("window").Text("default"));
        }

        [Fact]
        public void Should_Read_The_Production_Reference_From_The_Shared_Registry() =>
            Assert.Equal("mlops-registry", _workflow.Root.Child("env").Text("MLOPS_REGISTRY_BRANCH"));

        [Fact]
        public void Should_Retrain_Through_A_Workflow_That_Accepts_Dispatches()
        {
            // Given: monitor.retrain_workflow's default.
            var ci = Workflow.Load(CiCd.Configuration.MonitorConfig.Default.RetrainWorkflow);

            // Then
            Assert.Contains("workflow_dispatch", ci.On.Keys());
            Assert.Contains(CiCd.Configuration.MonitorConfig.Default.RetrainBranch, ci.On.Child("push").Child("branches").Texts());
        }

        [Fact]
        public void Should_Need_No_Environment() => Assert.Null(_workflow.Job("drift").Environment);

        [Fact]
        public void Should_Cancel_A_Superseded_Check() =>
            Assert.Equal("true", _workflow.Root.Child("concurrency").Text("cancel-in-progress"));
    }
}
