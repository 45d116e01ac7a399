using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Monitoring.Profiles;
using CiCd.Pipeline.Tests.Fixtures;
using CiCd.Pipeline.Train;
using CiCd.Testing;
using CiCd.Tracking.Runs;
using CiCd.Tracking.Store;
using CiCd.Train;

namespace CiCd.Pipeline.Tests.Train;

public sealed partial class TrainStageTests
{
    public sealed class TheRunMethod(StagedModel staged) : IClassFixture<StagedModel>
    {
        [Fact]
        public void Should_Write_Every_File_Of_A_Run_Including_The_Reference_Profile()
        {
            // Given
            var output = staged.First.Result.OutputFolder;

            // When
            var missing = TrainingFiles.All.Where(file => !File.Exists(Path.Combine(output, file)));

            // Then
            Assert.Contains(TrainingFiles.ReferenceProfile, TrainingFiles.All);
            Assert.Empty(missing);
        }

        [Fact]
        public void Should_Keep_The_Reference_Profile_In_The_Cache_Entry()
        {
            // Given
            var entry = Path.Combine(staged.CachePath, staged.First.Result.CacheKey);

            // When
            var cached = File.Exists(Path.Combine(entry, TrainingFiles.ReferenceProfile));

            // Then
            Assert.True(cached);
        }

        [Fact]
        public void Should_Restore_The_Reference_Profile_On_A_Cache_Hit()
        {
            // Given
            var first = File.ReadAllText(Path.Combine(staged.First.Result.OutputFolder, TrainingFiles.ReferenceProfile));

            // When
            var restored = File.ReadAllText(Path.Combine(staged.Hit.Result.OutputFolder, TrainingFiles.ReferenceProfile));

            // Then
            Assert.True(staged.Hit.Result.Cached);
            Assert.Equal(first, restored);
            Assert.Equal(ReferenceProfileJson.Serialize(staged.First.Reference), ReferenceProfileJson.Serialize(staged.Hit.Reference));
        }

        [Fact]
        public void Should_Return_The_Card_And_The_Reference_It_Wrote()
        {
            // Given
            var output = staged.First.Result.OutputFolder;

            // When
            var card = JsonReport.Read<ModelCard>(Path.Combine(output, TrainingFiles.CardJson));
            var profile = ReferenceProfileJson.Load(Path.Combine(output, TrainingFiles.ReferenceProfile));

            // Then
            Assert.False(staged.First.Result.Cached);
            Assert.Equal(card.RunId, staged.First.Card.RunId);
            Assert.Equal(card.ModelSha256, staged.First.Card.ModelSha256);
            Assert.Equal(ReferenceProfileJson.Serialize(profile), ReferenceProfileJson.Serialize(staged.First.Reference));
        }

        [Fact]
        public void Should_Profile_The_Training_Rows_As_The_Old_Separate_Read_Did()
        {
            // Given: the tiny data, profiled by re-reading the CSV and redoing the split
            var old = TrainingReference.Build(staged.Config);

            // When
            var profile = staged.First.Reference;

            // Then
            Assert.Equal(ReferenceProfileJson.Serialize(old), ReferenceProfileJson.Serialize(profile));
        }

        [Fact]
        public void Should_Profile_The_Shipped_Training_Rows_As_The_Old_Separate_Read_Did()
        {
            // Given: the shipped German credit config and data, with one quick candidate
            using var folder = new TempFolder();
            var yaml = ShippedConfig.Read().WithQuickTraining("- trainer: logistic_regression\n  space:\n    l2_regularization: [1]");
            var config = ConfigLoader.Parse(yaml.SourcePath, yaml.ToString());

            // When
            var outcome = new TrainStage(config, new TrainingOptions(folder.PathOf("out"), folder.PathOf("cache"), UseCache: false)).Run();

            // Then
            Assert.Equal(ReferenceProfileJson.Serialize(TrainingReference.Build(config)), ReferenceProfileJson.Serialize(outcome.Reference));
        }

        [Fact]
        public void Should_Track_The_Reference_Profile_With_The_Run()
        {
            // Given
            var run = staged.First.Recorded!;

            // When
            var paths = run.Artifacts.Select(a => a.Path);

            // Then
            Assert.Contains(TrainingFiles.ReferenceProfile, paths);
        }

        [Fact]
        public void Should_Write_The_Data_Profile_Of_The_Training_Rows_And_Track_It_With_The_Run()
        {
            // Given
            var output = staged.First.Result.OutputFolder;

            // When
            var profile = JsonReport.Read<CiCd.Data.Profiling.DataProfile>(Path.Combine(output, TrainingFiles.DataProfile));

            // Then
            Assert.Equal(staged.First.Card.Data.TrainRows, profile.Overview.Rows);
            Assert.Equal(staged.First.Card.Data.Fingerprint, profile.Overview.Fingerprint);
            Assert.Contains(TrainingFiles.DataProfile, staged.First.Recorded!.Artifacts.Select(a => a.Path));
            Assert.Equal(File.ReadAllText(Path.Combine(output, TrainingFiles.DataProfile)),
                File.ReadAllText(Path.Combine(staged.Hit.Result.OutputFolder, TrainingFiles.DataProfile)));
        }

        [Fact]
        public void Should_Return_The_Recorded_Run_Once_On_A_Cache_Hit()
        {
            // Given
            using var store = ExperimentStoreFactory.Open(new TrainingTracker(staged.Config).Location);

            // When
            var runs = store.ListRuns(new CiCd.Tracking.Queries.RunQuery()).Where(r => r.Run.RunId == staged.First.Card.RunId);

            // Then
            Assert.Equal(staged.First.Card.RunId, staged.Hit.Recorded!.Run.RunId);
            Assert.Single(runs);
        }

        [Fact]
        public void Should_Retrain_When_The_Cache_Entry_Has_No_Reference_Profile()
        {
            // Given: an entry cached before the reference profile was among the cached files
            using var folder = new TempFolder();
            CsvBuilder.Tiny(40).WriteTo(folder);
            var config = ConfigLoader.Load(new ConfigBuilder().WriteTo(folder));
            var options = new TrainingOptions(folder.PathOf("out"), folder.PathOf("cache"));
            var first = new TrainStage(config, options).Run();
            File.Delete(Path.Combine(folder.PathOf("cache"), first.Result.CacheKey, TrainingFiles.ReferenceProfile));

            // When
            var again = new TrainStage(config, options).Run();

            // Then
            Assert.False(again.Result.Cached);
            Assert.True(File.Exists(Path.Combine(folder.PathOf("cache"), first.Result.CacheKey, TrainingFiles.ReferenceProfile)));
        }

        [Fact]
        public void Should_Record_A_Failed_Run_And_Rethrow()
        {
            // Given: data that fails validation
            using var folder = new TempFolder();
            CsvBuilder.Tiny(40).WithValue(0, "x", "500").WriteTo(folder);
            var config = ConfigLoader.Load(new ConfigBuilder().WriteTo(folder));
            var tracker = new TrainingTracker(config);
            var stage = new TrainStage(config, new TrainingOptions(folder.PathOf("out"), folder.PathOf("cache")), tracker);

            // When
            var error = Assert.Throws<MlopsException>(stage.Run);

            // Then
            using var store = ExperimentStoreFactory.Open(tracker.Location);
            var run = Assert.Single(store.ListRuns(new CiCd.Tracking.Queries.RunQuery()));
            Assert.Equal(RunStatus.Failed, run.Run.Status);
            Assert.Equal(ExitCodes.CheckFailed, error.ExitCode);
        }

        [Fact]
        public void Should_Refuse_A_Store_It_Cannot_Open_Before_Training()
        {
            // Given: the store's file is a directory
            using var folder = new TempFolder();
            CsvBuilder.Tiny(40).WriteTo(folder);
            var config = ConfigLoader.Load(new ConfigBuilder().TopLevel("tracking: {uri: store.db}").WriteTo(folder));
            var tracker = new TrainingTracker(config);
            Directory.CreateDirectory(folder.PathOf("store.db"));
            var stage = new TrainStage(config, new TrainingOptions(folder.PathOf("out"), folder.PathOf("cache")), tracker);

            // When
            var error = Assert.Throws<InputException>(stage.Run);

            // Then
            Assert.Contains("--no-track", error.Message, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder.PathOf("out")));
        }
    }
}
