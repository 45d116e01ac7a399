using CiCd.Core.Tests.Fixtures;
using CiCd.Train;
using CiCd.Train.Shards;

namespace CiCd.Core.Tests.Train;

// One engine called more than once: each call stands on its own.
public sealed partial class TrainingEngineTests
{
    public sealed class TheRunMethodAfterRunShard(TrainedModelFixture trained) : IClassFixture<TrainedModelFixture>
    {
        [Fact]
        public void Should_Estimate_The_Merged_Refit_As_A_Fresh_Engine_Does()
        {
            // Given the whole search as one shard, merged by a fresh engine on a clock that moves a second per reading
            var shards = trained.Folder.PathOf("calls-shards");
            new TrainingEngine(trained.Config, trained.Options("calls-shards", useCache: false, cache: "calls-shards-cache")).RunShard(ShardId.All);
            TrainingOptions Merge(string output) => trained.Options(output, useCache: false, cache: output + "-cache") with
            {
                MergeFrom = [shards],
                Clock = new SteppingClock(TimeSpan.FromSeconds(1)),
            };
            var fresh = new ProgressRecorder();
            new TrainingEngine(trained.Config, Merge("calls-fresh"), fresh).Run();

            // When the merging engine first trained a shard of its own, timing its units on that clock
            var reused = new ProgressRecorder();
            var engine = new TrainingEngine(trained.Config, Merge("calls-reused"), reused);
            engine.RunShard(ShardId.All);
            engine.Run();

            // Then the refit's time left is the fresh engine's: the shard's wall time is not kept for the merge's refit
            Assert.Equal(Refit(fresh), Refit(reused));
        }

        private static TimeSpan? Refit(ProgressRecorder progress) => progress.Steps.Single(s => s.Stage == "refit").Remaining;
    }
}
