using CiCd.Cli.Tests.Fixtures;
using CiCd.Monitoring.Profiles;
using CiCd.Train;

namespace CiCd.Cli.Tests.Commands;

public sealed partial class TrainCommandTests
{
    [Collection(SharedTrainedModel.Name)]
    public sealed class TheReferenceProfile(TrainedModel model)
    {
        [Fact]
        public void Should_Be_Written_Next_To_The_Model_Card_From_The_Training_Split()
        {
            // Given
            var path = Path.Combine(model.TrainFolder, TrainingFiles.ReferenceProfile);

            // When
            var profile = ReferenceProfileJson.Load(path);

            // Then
            Assert.True(File.Exists(Path.Combine(model.TrainFolder, TrainingFiles.CardJson)));
            Assert.Equal(800, profile.RowCount);
            Assert.Equal(20, profile.Columns.Count);
            Assert.DoesNotContain(profile.Columns, c => c.Name == "class");
            Assert.Equal(ColumnKind.Numeric, profile.Columns.Single(c => c.Name == "age").Kind);
            Assert.Equal(ColumnKind.Categorical, profile.Columns.Single(c => c.Name == "employment").Kind);
        }

        [Fact]
        public void Should_Be_Written_Again_When_The_Run_Comes_From_The_Cache()
        {
            // Given: a second output folder fed from the same cache.
            var output = Path.Combine(model.NewFolder(), "train");

            // When
            var run = Mlops.Run("train", "--config", model.Config, "--out", output, "--cache", model.CacheFolder, "--no-track", "--json");

            // Then
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("\"cached\": true", run.Output, StringComparison.Ordinal);
            var again = ReferenceProfileJson.Load(Path.Combine(output, TrainingFiles.ReferenceProfile));
            var first = ReferenceProfileJson.Load(Path.Combine(model.TrainFolder, TrainingFiles.ReferenceProfile));
            Assert.Equal(ReferenceProfileJson.Serialize(first), ReferenceProfileJson.Serialize(again));
        }
    }
}
