using CiCd.Workflows.Tests.Model;

namespace CiCd.Workflows.Tests;

/// <summary>The opt-in sharded search in ci.yml and certification.yml: plan, one matrix job per shard, merge in the training job.</summary>
public static class ShardedTrainingWorkflowTests
{
    public static TheoryData<string, string> Workflows => new() { { "ci.yml", "ci" }, { "certification.yml", "candidate" } };

    public sealed class TheShardJobs
    {
        [Theory]
        [MemberData(nameof(Workflows), MemberType = typeof(ShardedTrainingWorkflowTests))]
        public void Should_Plan_The_Matrix_From_Training_Shards(string name, string merging)
        {
            // Given
            var plan = Workflow.Load(name).Job("train-plan");

            // Then
            Assert.Equal(["TrainPlan"], plan.CakeTargets);
            Assert.Equal("${{ steps.plan.outputs.shards }}", plan.Outputs["shards"]);
            Assert.Equal("${{ steps.plan.outputs.matrix }}", plan.Outputs["matrix"]);
            Assert.Equal(new Dictionary<string, string> { ["contents"] = "read" }, plan.Permissions);
            Assert.NotEqual(merging, plan.Id);
        }

        [Theory]
        [MemberData(nameof(Workflows), MemberType = typeof(ShardedTrainingWorkflowTests))]
        public void Should_Run_One_Read_Only_Job_Per_Shard_Only_When_Opted_In(string name, string merging)
        {
            // Given
            var shards = Workflow.Load(name).Job("train-shards");
            var train = shards.Steps.Single(s => s.Run?.Contains("--target TrainShard", StringComparison.Ordinal) == true);
            var upload = shards.StepsUsing("actions/upload-artifact").Single();

            // Then
            Assert.Equal(["train-plan"], shards.Needs);
            Assert.Equal("${{ needs.train-plan.outputs.shards != '1' }}", shards.If);
            Assert.Equal("${{ fromJSON(needs.train-plan.outputs.matrix) }}", shards.Node.Child("strategy").Child("matrix").Text("shard"));
            Assert.Equal("${{ matrix.shard }}/${{ needs.train-plan.outputs.shards }}", train.Env["MLOPS_TRAIN_SHARD"]);
            Assert.Equal(("out/shards", "train-shard-${{ matrix.shard }}-${{ github.run_number }}"), (upload.With["path"], upload.With["name"]));
            Assert.Equal(new Dictionary<string, string> { ["contents"] = "read" }, shards.Permissions);
            Assert.DoesNotContain(merging, shards.Needs);
        }

        [Theory]
        [MemberData(nameof(Workflows), MemberType = typeof(ShardedTrainingWorkflowTests))]
        public void Should_Merge_Every_Shard_In_The_Job_That_Trains(string name, string merging)
        {
            // Given
            var job = Workflow.Load(name).Job(merging);
            var steps = job.Steps.ToList();
            var download = steps.Single(s => s.Action == "actions/download-artifact" && s.With.ContainsKey("pattern"));
            var target = steps.Single(s => s.Env.ContainsKey("MLOPS_TRAIN_SHARDS"));

            // Then: all shard artifacts (one folder each) into the folder Train merges, before the target runs
            Assert.Equal(["train-plan", "train-shards"], job.Needs);
            Assert.Equal("${{ !cancelled() }}", job.If);
            Assert.Equal("train-shard-*-${{ github.run_number }}", download.With["pattern"]);
            Assert.Equal("${{ needs.train-plan.outputs.shards != '1' }}", download.If);
            Assert.Equal("${{ needs.train-plan.outputs.shards != '1' && 'out/shards' || '' }}", target.Env["MLOPS_TRAIN_SHARDS"]);
            Assert.Equal("out/shards", download.With["path"]);
            Assert.True(steps.IndexOf(download) < steps.IndexOf(target));
            Assert.Contains("Train", Cake.CakeTargets.Load().Runs(Assert.Single(WorkflowStepTargets(target))));
        }

        private static IEnumerable<string> WorkflowStepTargets(WorkflowStep step) =>
            System.Text.RegularExpressions.Regex.Matches(step.Run!, @"--target (\w+)").Select(m => m.Groups[1].Value);
    }
}
