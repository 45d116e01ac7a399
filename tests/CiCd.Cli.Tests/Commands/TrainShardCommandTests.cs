using CiCd.Cli.Tests.Fixtures;
using CiCd.Errors;
using CiCd.Testing;

namespace CiCd.Cli.Tests.Commands;

public sealed class TrainShardCommandTests
{
    public sealed class TheShardAndMergeOptions(ShardedByCliFixture runs) : IClassFixture<ShardedByCliFixture>
    {
        [Fact]
        public void Should_Merge_Shard_Processes_Into_The_Same_Result_As_One_Process()
        {
            // Given
            Assert.True(runs.Whole.ExitCode == ExitCodes.Ok, runs.Whole.ToString());
            Assert.All(runs.Shards, shard => Assert.True(shard.ExitCode == ExitCodes.Ok, shard.ToString()));

            // When
            var merge = runs.Merge;

            // Then
            Assert.True(merge.ExitCode == ExitCodes.Ok, merge.ToString());
            RunFiles.AssertSame(runs.Folder.PathOf("whole"), runs.Folder.PathOf("merged"));
        }

        [Fact]
        public void Should_Print_Each_Shards_File_And_Units_As_Json()
        {
            // Given
            var shards = runs.Shards.Select(s => s.Json()).ToList();

            // When
            var units = shards.Select(s => s.GetProperty("units").GetInt32()).ToList();

            // Then: six units dealt round-robin over three shards
            Assert.Equal([2, 2, 2], units);
            Assert.Equal(runs.Folder.PathOf("shards/2/train-shard-2-of-3.json"), shards[1].GetProperty("file").GetString());
            Assert.All(shards, s => Assert.Equal(6, s.GetProperty("total_units").GetInt32()));
        }

        [Fact]
        public void Should_Print_Progress_For_Each_Unit_Of_A_Shard()
        {
            // Given
            var folder = runs.Folder;

            // When
            var run = Mlops.Run("train", "--config", folder.PathOf("mlops.yaml"), "--shard", "3/3", "--out", folder.PathOf("progress"));

            // Then
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            // Units 2 and 5 of 6: the second logistic regression on fold 1, the LightGBM on fold 2, in either order.
            Assert.Contains("logistic_regression fold 1/2 (shard 3/3)", run.Output, StringComparison.Ordinal);
            Assert.Contains("light_gbm fold 2/2 (shard 3/3)", run.Output, StringComparison.Ordinal);
            Assert.Contains("/2] ", run.Output, StringComparison.Ordinal);
            Assert.Contains("shard 3/3: 2 of 6 units", run.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Print_The_Matrix_Of_Training_Shards_On_One_Line()
        {
            // Given
            var config = runs.Folder.PathOf("mlops.yaml");

            // When
            var run = Mlops.Run("train", "--config", config, "--plan");

            // Then
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            Assert.Single(run.Output.TrimEnd().Split('\n'));
            Assert.Equal([1, 2, 3], run.Json().GetProperty("matrix").EnumerateArray().Select(v => v.GetInt32()));
            Assert.Equal(6, run.Json().GetProperty("units").GetInt32());
        }

        [Theory]
        [InlineData("4/3", "out of range")]
        [InlineData("0/3", "out of range")]
        [InlineData("two", "expected I/N")]
        public void Should_Exit_2_For_A_Bad_Shard(string shard, string expected)
        {
            // Given
            var config = runs.Folder.PathOf("mlops.yaml");

            // When
            var run = Mlops.Run("train", "--config", config, "--shard", shard, "--out", runs.Folder.PathOf("bad"));

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_When_Shard_And_Merge_Are_Both_Given()
        {
            // Given
            var config = runs.Folder.PathOf("mlops.yaml");

            // When
            var run = Mlops.Run("train", "--config", config, "--shard", "1/3", "--merge", runs.Folder.PathOf("shards"));

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains("give one of them", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_Naming_The_Folder_When_A_Shard_Is_Missing()
        {
            // Given
            var folder = runs.Folder;

            // When
            var run = Mlops.Run("train", "--config", folder.PathOf("mlops.yaml"), "--no-track", "--merge", folder.PathOf("shards/1"), folder.PathOf("shards/3"),
                "--out", folder.PathOf("partial"), "--cache", folder.PathOf("partial-cache"));

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains("shard 2/3 missing", run.Error, StringComparison.Ordinal);
            Assert.Contains(folder.PathOf("shards/1"), run.Error, StringComparison.Ordinal);
        }
    }
}
