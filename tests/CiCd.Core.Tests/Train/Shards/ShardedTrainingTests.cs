using System.Text.Json.Nodes;
using CiCd.Core.Tests.Fixtures;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Testing;
using CiCd.Train;
using CiCd.Train.Shards;

namespace CiCd.Core.Tests.Train.Shards;

public sealed class ShardedTrainingTests
{
    public sealed class TheRunShardMethod(ShardedRunFixture run) : IClassFixture<ShardedRunFixture>
    {
        [Fact]
        public void Should_Write_A_Versioned_Shard_File_With_Only_Its_Round_Robin_Units()
        {
            // Given
            var shard = run.Shards[0].Run;

            // When
            var file = JsonReport.Read<ShardFile>(shard.File);

            // Then: units 0 and 4 of 6 (candidate-major: logistic 1 fold 0, light_gbm fold 0)
            Assert.Equal(run.Folder.PathOf("shards/s1/train-shard-1-of-4.json"), shard.File);
            Assert.Equal((ShardFile.FormatName, ShardFile.CurrentSchema, 1, 4, 6), (file.Format, file.SchemaVersion, file.Shard, file.Shards, file.Units));
            Assert.Equal([("logistic_regression(l2_regularization=1)", 0), ("light_gbm(minimum_example_count_per_leaf=5,number_of_iterations=20)", 0)],
                file.Results.Select(r => (r.Candidate, r.Fold)));
            Assert.Equal(run.OneProcess.CacheKey, file.CacheKey);
        }

        [Fact]
        public void Should_Split_The_Search_So_Every_Unit_Is_Trained_Once()
        {
            // Given
            var shards = run.Shards.Select(s => JsonReport.Read<ShardFile>(s.Run.File)).ToList();

            // When
            var units = shards.SelectMany(s => s.Results.Select(r => (r.Candidate, r.Fold))).ToList();

            // Then
            Assert.Equal(6, units.Count);
            Assert.Equal(6, units.Distinct().Count());
            Assert.Equal([2, 2, 1, 1], shards.Select(s => s.Results.Count));
        }

        [Fact]
        public void Should_Report_Progress_For_Every_Unit_It_Trains()
        {
            // Given
            var (shard, progress) = run.Shards[0];

            // When
            var units = progress.Where(p => p.Stage == "cv").ToList();

            // Then
            Assert.Equal(2, units.Count);
            Assert.All(units, p => Assert.Contains("(shard 1/4)", p.Message, StringComparison.Ordinal));
            Assert.Equal([1, 2], units.Select(p => p.Done).Order());
            Assert.All(units, p => Assert.Equal(shard.Units, p.Total));
        }
    }

    public sealed class TheRunMethodWithMerge(ShardedRunFixture run) : IClassFixture<ShardedRunFixture>
    {
        [Fact]
        public void Should_Write_The_Same_Model_Card_Predictions_And_Model_As_A_Single_Process_Run()
        {
            // Given
            var single = run.OneProcess.OutputFolder;

            // When
            var merged = run.Merged.OutputFolder;

            // Then
            RunFiles.AssertSame(single, merged);
            Assert.Equal(run.OneProcess.Selected, run.Merged.Selected);
            Assert.Equal(run.OneProcess.CvMetrics, run.Merged.CvMetrics);
            Assert.Equal(run.OneProcess.Metrics, run.Merged.Metrics);
            Assert.Equal(run.OneProcess.Threshold, run.Merged.Threshold);
        }

        [Fact]
        public void Should_Name_The_Missing_Shard()
        {
            // Given: shards 1 to 3 of 4
            string[] paths = [.. Enumerable.Range(1, 3).Select(i => run.Folder.PathOf($"shards/s{i}"))];

            // When
            var error = Merge("missing", paths);

            // Then
            Assert.Equal(ExitCodes.InputError, error.ExitCode);
            Assert.Contains("shard 4/4 missing", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Name_Both_Files_Of_A_Duplicated_Shard()
        {
            // Given
            var copy = run.Folder.PathOf("duplicate/train-shard-2-of-4.json");
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(run.Shards[1].Run.File, copy);

            // When
            var error = Merge("duplicated", run.Folder.PathOf("shards"), copy);

            // Then
            Assert.Equal(copy, error.File);
            Assert.Contains("duplicates shard 2/4", error.Message, StringComparison.Ordinal);
            Assert.Contains(run.Shards[1].Run.File, error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_Shards_Trained_With_Another_Seed()
        {
            // Given: the same config and data, but this run's seed is 7
            var reseeded = run.Config with { Training = run.Config.Training with { Seed = 7 } };

            // When
            var error = Merge("reseeded", reseeded, run.Folder.PathOf("shards"));

            // Then
            Assert.Contains("train-shard-1-of-4.json", error.File, StringComparison.Ordinal);
            Assert.Contains("seed 1, this run has 7", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_Shards_Trained_On_Other_Data()
        {
            // Given: the same config pointed at a file whose rows differ
            CsvBuilder.Tiny(80, seed: 9).WriteTo(run.Folder, "other.csv");
            var other = run.Config with { Dataset = run.Config.Dataset with { Path = run.Folder.PathOf("other.csv") } };

            // When
            var error = Merge("other-data", other, run.Folder.PathOf("shards"));

            // Then
            Assert.Contains("train-shard-1-of-4.json", error.File, StringComparison.Ordinal);
            Assert.Contains("data fingerprint", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_Shards_Trained_With_Another_Config()
        {
            // Given: one more fold
            var refolded = run.Config with { Training = run.Config.Training with { Folds = 3 } };

            // When
            var error = Merge("refolded", refolded, run.Folder.PathOf("shards"));

            // Then
            Assert.Contains("config hash", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_Shards_That_Split_The_Search_Another_Way()
        {
            // Given: a 3-shard split's first file next to the 4-shard split
            var other = Edit("three", 1, node => node["shards"] = 3);

            // When
            var error = Merge("mixed", run.Folder.PathOf("shards"), other);

            // Then
            Assert.Contains("train-shard-", error.File, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_A_Shard_File_Of_Another_Schema_Version()
        {
            // Given
            var future = Edit("future", 1, node => node["schema_version"] = 2);

            // When
            var error = Merge("future", future, run.Folder.PathOf("shards/s2"), run.Folder.PathOf("shards/s3"), run.Folder.PathOf("shards/s4"));

            // Then
            Assert.Equal(future, error.File);
            Assert.Contains("schema_version 2", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Name_A_Folder_That_Holds_No_Shard()
        {
            // Given
            var empty = run.Folder.PathOf("empty");
            Directory.CreateDirectory(empty);

            // When
            var error = Merge("from-empty", empty);

            // Then
            Assert.Equal(empty, error.File);
            Assert.Contains("holds no shard file", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Check_The_Shards_Even_When_The_Run_Is_Cached()
        {
            // Given: the merged run's cache holds this run
            var options = run.Options("cached-merge", "merged-cache") with { MergeFrom = [run.Folder.PathOf("shards/s1")] };

            // When
            var error = Assert.Throws<InputException>(() => new TrainingEngine(run.Config, options).Run());

            // Then
            Assert.Contains("missing", error.Message, StringComparison.Ordinal);
        }

        private InputException Merge(string output, params string[] paths) => Merge(output, run.Config, paths);

        private InputException Merge(string output, CiCd.Configuration.MlopsConfig config, params string[] paths) =>
            Assert.Throws<InputException>(() => new TrainingEngine(config, run.Options(output, output + "-cache") with { MergeFrom = paths }).Run());

        private string Edit(string folder, int shard, Action<JsonNode> change)
        {
            var node = JsonNode.Parse(File.ReadAllText(run.Shards[shard - 1].Run.File))!;
            change(node);
            var path = run.Folder.PathOf($"{folder}/train-shard-{shard}-of-x.json");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, node.ToJsonString());
            return path;
        }
    }
}
