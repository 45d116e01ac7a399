using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Pipeline.Register;
using CiCd.Pipeline.Tests.Fixtures;
using CiCd.Pipeline.Train;
using CiCd.Registry;

namespace CiCd.Pipeline.Tests.Train;

public sealed partial class TrainStageTests
{
    public sealed class ThePrepareMethod(StagedModel staged) : IClassFixture<StagedModel>
    {
        private TrainRequest Request(TempFolder folder) =>
            new() { OutputFolder = folder.PathOf("out"), CacheFolder = staged.CachePath };

        [Fact]
        public void Should_Leave_An_Untracked_Run_Without_A_Tracker()
        {
            // Given
            using var folder = new TempFolder();

            // When
            var stage = TrainStage.Prepare(staged.Config, Request(folder) with { Track = false }, TextWriter.Null);

            // Then
            Assert.Null(stage.Tracker);
            Assert.NotNull(TrainStage.Prepare(staged.Config, Request(folder), TextWriter.Null).Tracker);
        }

        [Fact]
        public void Should_Refuse_To_Reproduce_A_Version_Trained_Without_A_Data_Version()
        {
            // Given: the staged run registered, its card naming no data version
            using var folder = new TempFolder();
            var config = staged.Config with { Registry = staged.Config.Registry with { Root = folder.PathOf("models") } };
            new RegisterStage(new ModelRegistry(new RegistryOptions { Root = config.Registry.Root }))
                .Run("tiny", staged.First.Result.OutputFolder, gateFolder: null);

            // When
            var error = Assert.Throws<InputException>(() => TrainStage.Prepare(config, Request(folder) with { Reproduce = "tiny@1" }, TextWriter.Null));

            // Then
            Assert.Contains("version 1 was trained without a data version", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Name_A_Version_The_Registry_Does_Not_Hold()
        {
            // Given
            using var folder = new TempFolder();
            var config = staged.Config with { Registry = staged.Config.Registry with { Root = folder.PathOf("models") } };

            // When
            var error = Record.Exception(() => TrainStage.Prepare(config, Request(folder) with { Reproduce = "tiny@7" }, TextWriter.Null));

            // Then
            Assert.IsAssignableFrom<MlopsException>(error);
            Assert.Contains("tiny", error.Message, StringComparison.Ordinal);
        }
    }

    public sealed class ThePlanMethod
    {
        [Fact]
        public void Should_Split_Every_Candidate_Fold_Into_The_Configured_Shards()
        {
            // Given: one candidate, two folds, three shards
            using var folder = new TempFolder();
            var config = ConfigLoader.Load(new ConfigBuilder().Training("shards", "3").WriteTo(folder));

            // When
            var plan = TrainStage.Plan(config);

            // Then
            Assert.Equal(3, plan.Shards);
            Assert.Equal(2, plan.Units);
            Assert.Equal([1, 2, 3], plan.Matrix);
        }
    }

    public sealed class TheRunShardMethod(StagedModel staged) : IClassFixture<StagedModel>
    {
        [Fact]
        public void Should_Train_One_Slice_Into_Its_Shard_File()
        {
            // Given
            using var folder = new TempFolder();
            var stage = TrainStage.Prepare(staged.Config, new TrainRequest { OutputFolder = folder.PathOf("out"), CacheFolder = folder.PathOf("cache"), Shard = "1/2" }, TextWriter.Null);

            // When
            var run = stage.RunShard("1/2");

            // Then
            Assert.Equal((1, 2), (run.Shard, run.Shards));
            Assert.Equal(1, run.Units);
            Assert.True(File.Exists(run.File), run.File);
        }
    }

    public sealed class TheCheckExclusiveMethod
    {
        [Theory]
        [InlineData(true, false, "--merge combines all slices")]
        [InlineData(false, true, "cannot be sharded")]
        public void Should_Refuse_A_Shard_With_A_Merge_Or_A_Reproduction(bool merge, bool reproduce, string expected)
        {
            // Given
            var request = new TrainRequest
            {
                OutputFolder = "out",
                CacheFolder = "cache",
                Shard = "1/2",
                MergeFrom = merge ? ["shards"] : null,
                Reproduce = reproduce ? "tiny@1" : null,
            };

            // When
            var error = Assert.Throws<InputException>(request.CheckExclusive);

            // Then
            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        }
    }
}
