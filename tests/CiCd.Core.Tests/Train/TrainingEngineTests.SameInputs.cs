using CiCd.Core.Tests.Fixtures;
using CiCd.Train;

namespace CiCd.Core.Tests.Train;

// Two runs of the same inputs at once (two CI jobs on one runner's cache, a rerun while the first still trains).
public sealed partial class TrainingEngineTests
{
    public sealed class TheRunMethodBesideARunOfTheSameInputs(TrainedModelFixture trained) : IClassFixture<TrainedModelFixture>
    {
        [Fact]
        public async Task Should_Wait_For_The_Run_Training_Them_And_Reuse_Its_Run_Instead_Of_Training_Again()
        {
            // Given: a first run of the inputs holding their training turn on an empty cache
            const string Cache = "same-inputs-cache";
            var turn = new StageCache(trained.Folder.PathOf(Cache)).TakeTrainingTurn(trained.Result.CacheKey, () => { });
            var waiting = new TaskCompletionSource();
            var progress = new Progress(step =>
            {
                if (step.Stage == "cache" && step.Message.Contains("waiting", StringComparison.Ordinal))
                {
                    waiting.TrySetResult();
                }
            });
            var second = Task.Run(() => new TrainingEngine(trained.Config, trained.Options("same-inputs-second", cache: Cache), progress).Run());
            var waitedFirst = await Task.WhenAny(waiting.Task, second) == waiting.Task;

            // When the first run stores what it trained and ends its turn
            var first = new TrainingEngine(trained.Config, trained.Options("same-inputs-first", useCache: false, cache: Cache)).Run();
            turn!.Dispose();
            var reused = await second.WaitAsync(TimeSpan.FromMinutes(2));

            // Then the second run waited, trained nothing and restored the first one's run
            Assert.True(waitedFirst, "the second run trained instead of waiting for the first");
            Assert.True(reused.Cached);
            Assert.Equal(first.RunId, reused.RunId);
        }

        private sealed class Progress(Action<TrainingProgress> report) : IProgress<TrainingProgress>
        {
            public void Report(TrainingProgress value) => report(value);
        }
    }
}
