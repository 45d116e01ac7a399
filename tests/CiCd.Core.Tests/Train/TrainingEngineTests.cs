using System.Globalization;
using CiCd.Configuration;
using CiCd.Core.Tests.Fixtures;
using CiCd.Data;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Metrics;
using CiCd.Storage;
using CiCd.Testing;
using CiCd.Train;
using CiCd.Validate;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CiCd.Core.Tests.Train;

public sealed partial class TrainingEngineTests
{
    private static ModelCard Card(string folder) => JsonReport.Read<ModelCard>(Path.Combine(folder, TrainingFiles.CardJson));

    private static Dataset TestSplit(MlopsConfig config)
    {
        var data = DatasetLoader.Load(config.Dataset);
        return data.Select(StratifiedSplit.Holdout(data.Labels, config.Training.TestFraction, config.Training.Seed).Test);
    }

    public sealed class TheRunMethod(TrainedModelFixture trained) : IClassFixture<TrainedModelFixture>
    {
        [Fact]
        public void Should_Write_The_Model_Its_Card_And_The_Evaluation_Files()
        {
            // Given
            var output = trained.Result.OutputFolder;

            // When
            var missing = TrainingFiles.Engine.Where(file => !File.Exists(Path.Combine(output, file)));

            // Then
            Assert.Empty(missing);
            Assert.Equal(Path.Combine(output, TrainingFiles.Model), trained.Result.ModelPath);
        }

        [Fact]
        public void Should_Report_A_Fresh_Run_As_Not_Cached()
        {
            // Given
            var result = trained.Result;

            // When
            var cached = result.Cached;

            // Then
            Assert.False(cached);
        }

        [Fact]
        public void Should_Select_The_Candidate_With_The_Best_Cv_Mean_Of_The_Primary_Metric()
        {
            // Given
            var card = Card(trained.Result.OutputFolder);

            // When
            var best = card.Candidates.MaxBy(c => c.CvMean[MetricNames.RocAuc])!;

            // Then
            Assert.Equal(2, card.Candidates.Count);
            Assert.Equal(best.Id, card.Selected);
            Assert.Equal(best.Id, trained.Result.Selected);
            Assert.Equal(best.CvMean, card.CvMetrics);
        }

        [Fact]
        public void Should_Record_The_Data_Fingerprint_And_Split_Sizes_In_The_Card()
        {
            // Given
            var fingerprint = DataValidator.Validate(trained.Config).Fingerprint;

            // When
            var data = Card(trained.Result.OutputFolder).Data;

            // Then
            Assert.Equal(new CardData(trained.Config.Dataset.Path, fingerprint, 80, 60, 20), data);
        }

        [Fact]
        public void Should_Evaluate_Every_Binary_Metric_On_The_Test_Split()
        {
            // Given
            var card = Card(trained.Result.OutputFolder);

            // When
            var metrics = card.Metrics;

            // Then
            Assert.Equal(MetricCatalog.For(TaskKind.Binary).Order(), metrics.Keys.Order());
            Assert.Equal(20, card.ConfusionMatrix.Counts.Sum(row => row.Sum()));
            Assert.InRange(card.Threshold, 0, 1 + 1e-6);
        }

        [Fact]
        public void Should_Record_The_Model_Sha256_In_The_Card()
        {
            // Given
            var card = Card(trained.Result.OutputFolder);

            // When
            var sha = ContentHash.OfFile(trained.Result.ModelPath);

            // Then
            Assert.Equal(sha, card.ModelSha256);
        }

        [Fact]
        public void Should_Give_Identical_Metrics_For_The_Same_Seed()
        {
            // Given
            var first = trained.Result;

            // When
            var second = trained.Rerun;

            // Then
            Assert.False(second.Cached);
            Assert.Equal(first.Metrics, second.Metrics);
            Assert.Equal(first.CvMetrics, second.CvMetrics);
            Assert.Equal(first.Threshold, second.Threshold);
        }

        [Fact]
        public void Should_Write_The_Same_Model_File_For_The_Same_Seed()
        {
            // Given
            var first = trained.Result.ModelPath;

            // When
            var second = trained.Rerun.ModelPath;

            // Then: the same sha256, and no entry dated by the save (zip times have a 2 s grain, so equal bytes alone
            // could come from two saves within the same two seconds)
            Assert.Equal(ContentHash.OfFile(first), ContentHash.OfFile(second));
            using var zip = System.IO.Compression.ZipFile.OpenRead(second);
            Assert.All(zip.Entries, entry => Assert.Equal(ReproducibleZip.EntryTime.DateTime, entry.LastWriteTime.DateTime));
        }

        [Fact]
        public void Should_Give_Identical_Test_Predictions_For_The_Same_Seed()
        {
            // Given
            var first = File.ReadAllText(Path.Combine(trained.Result.OutputFolder, TrainingFiles.Predictions));

            // When
            var second = File.ReadAllText(Path.Combine(trained.Rerun.OutputFolder, TrainingFiles.Predictions));

            // Then
            Assert.Equal(first, second);
        }

        [Fact]
        public void Should_Report_Progress_For_Every_Candidate_And_Fold()
        {
            // Given
            var steps = trained.RerunProgress;

            // When
            var folds = steps.Where(s => s.Stage == "cv").Select(s => (s.Candidate, s.Fold)).Order().ToList();

            // Then
            Assert.Equal(4, folds.Count);
            Assert.Equal(4, folds.Distinct().Count());
            Assert.Contains(steps, s => s.Stage == "refit");
            Assert.Equal(4, steps.Where(s => s.Stage == "cv").Max(s => s.Done));
        }

        [Fact]
        public void Should_Report_Rows_Per_Second_And_The_Time_Left_For_The_Whole_Run_On_Every_Fold()
        {
            // Given the rerun's clock moves one second per reading and runs one unit at a time: reading the data takes
            // 1 s, the pace starts at 0 s, the k-th fold begins at 2k - 1 s and ends at 2k s, so a unit takes 1 s of its
            // own and 2 s of wall time (one unit-second per two seconds: the concurrency seen is 1/2)
            var steps = trained.RerunProgress.Where(s => s.Stage == "cv").ToList();

            // When
            var remaining = steps.OrderBy(s => s.Done).Select(s => s.Remaining).ToList();

            // Then the folds left at 2 s of wall time each, plus the refit (a unit on twice a unit's rows with 2 folds:
            // 4 s) and the test and artefacts (one read: 1 s): the last fold does not say 0 s while the refit is still to come
            Assert.Equal([TimeSpan.FromSeconds(11), TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(5)], remaining);
            Assert.All(steps, s => Assert.True(s.RowsPerSecond > 0, $"fold {s.Done}: {s.RowsPerSecond} rows/s"));
        }

        [Fact]
        public void Should_Report_The_Steps_After_The_Folds_With_The_Time_Left()
        {
            // Given
            var steps = trained.RerunProgress;

            // When
            var after = steps.SkipWhile(s => s.Stage is "cv" or "candidate").ToList();

            // Then the refit, then the test and artefacts, each with time left and counted out of the run's steps after the folds
            Assert.Equal(["refit", "test"], after.Select(s => s.Stage));
            Assert.Equal([1, 2], after.Select(s => s.Done));
            Assert.All(after, s => Assert.Equal(2, s.Total));
            Assert.All(after, s => Assert.True(s.Remaining > TimeSpan.Zero, $"{s.Stage}: {s.Remaining}"));
        }

        [Fact]
        public void Should_Save_The_Model_With_The_Feature_Schema()
        {
            // Given
            var ml = new MLContext(seed: 1);

            // When
            ml.Model.Load(trained.Result.ModelPath, out var schema);

            // Then
            Assert.Equal(["x", "colour"], schema.Select(c => c.Name));
            Assert.Equal([NumberDataViewType.Single, (DataViewType)TextDataViewType.Instance], schema.Select(c => c.Type));
        }

        [Fact]
        public void Should_Predict_The_Same_Probabilities_After_Loading_The_Saved_Model()
        {
            // Given
            var model = new MLContext(seed: 1).Model.Load(trained.Result.ModelPath, out _);
            var test = TestSplit(trained.Config);
            var written = CsvReader.Read(Path.Combine(trained.Result.OutputFolder, TrainingFiles.Predictions));

            // When
            var probabilities = ModelScorer.Probabilities(model, TableDataView.Of(test), TaskKind.Binary);

            // Then
            Assert.Equal(test.Lines.Select(l => l.ToString(CultureInfo.InvariantCulture)), written.Rows.Select(r => r.Values[0]));
            Assert.Equal(written.Rows.Select(r => double.Parse(r.Values[3]!, CultureInfo.InvariantCulture)), probabilities.Select(p => p[1]));
        }

        [Fact]
        public void Should_Reuse_The_Cached_Run_When_Nothing_Changed()
        {
            // Given
            var pipeline = new TrainingEngine(trained.Config, trained.Options("from-cache"));

            // When
            var result = pipeline.Run();

            // Then
            Assert.True(result.Cached);
            Assert.Equal(trained.Result.RunId, result.RunId);
            Assert.Equal(trained.Folder.PathOf("from-cache"), result.OutputFolder);
            Assert.Equal(trained.Folder.PathOf("from-cache/model.zip"), result.ModelPath);
        }

        [Fact]
        public void Should_Restore_An_Identical_Card_And_Model_From_The_Cache()
        {
            // Given
            new TrainingEngine(trained.Config, trained.Options("restored")).Run();

            // When
            var card = File.ReadAllBytes(trained.Folder.PathOf("restored/" + TrainingFiles.CardJson));

            // Then
            Assert.Equal(File.ReadAllBytes(Path.Combine(trained.Result.OutputFolder, TrainingFiles.CardJson)), card);
            Assert.Equal(ContentHash.OfFile(trained.Result.ModelPath), ContentHash.OfFile(trained.Folder.PathOf("restored/model.zip")));
        }

        [Fact]
        public void Should_Write_A_Result_File_That_Points_At_The_Output_Folder()
        {
            // Given
            var output = trained.Result.OutputFolder;

            // When
            var written = JsonReport.Read<TrainingResult>(Path.Combine(output, TrainingFiles.Result));

            // Then
            Assert.Equal(Path.Combine(output, TrainingFiles.Model), written.ModelPath);
            Assert.Equal(Path.Combine(output, TrainingFiles.CardJson), written.CardPath);
        }

        [Fact]
        public void Should_Train_Again_When_The_Seed_Changes()
        {
            // Given
            var reseeded = trained.Config with { Training = trained.Config.Training with { Seed = 2 } };

            // When
            var result = new TrainingEngine(reseeded, trained.Options("reseeded")).Run();

            // Then
            Assert.False(result.Cached);
            Assert.NotEqual(trained.Result.CacheKey, result.CacheKey);
        }

        [Fact]
        public void Should_Not_Use_The_Cache_When_Told_Not_To()
        {
            // Given
            var result = trained.Rerun;

            // When
            var cached = result.Cached;

            // Then
            Assert.False(cached);
            Assert.Equal(trained.Result.CacheKey, result.CacheKey);
        }
    }
}
