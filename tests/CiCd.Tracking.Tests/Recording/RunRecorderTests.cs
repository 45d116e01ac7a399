using CiCd.Errors;
using CiCd.Tracking.Artifacts;
using CiCd.Tracking.Recording;
using CiCd.Tracking.Runs;
using CiCd.Tracking.Store;
using CiCd.Tracking.Tests.Store;
using static CiCd.Tracking.Tests.Fixtures.NewRunBuilder;

namespace CiCd.Tracking.Tests.Recording;

public static class RunRecorderTests
{
    public abstract class WithARecorder : IDisposable
    {
        private static readonly DateTimeOffset End = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

        private readonly SqliteTestBackend _backend = new();
        private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("mlops-recorder-");

        protected WithARecorder()
        {
            Store = ExperimentStoreFactory.Open(_backend.ClassStore);
            Artifacts = new ArtifactStore(Path.Combine(_folder.FullName, "artifacts"));
            Recorder = new RunRecorder(Store, Artifacts, new FixedClock(End));
        }

        protected IExperimentStore Store { get; }

        protected ArtifactStore Artifacts { get; }

        protected RunRecorder Recorder { get; }

        protected static DateTimeOffset EndedAt => End;

        protected string WriteFile(string name, string content)
        {
            var path = Path.Combine(_folder.FullName, name);
            File.WriteAllText(path, content);
            return path;
        }

        public void Dispose()
        {
            Store.Dispose();
            _backend.Dispose();
            _folder.Delete(recursive: true);
            GC.SuppressFinalize(this);
        }

        private sealed class FixedClock(DateTimeOffset now) : TimeProvider
        {
            public override DateTimeOffset GetUtcNow() => now;
        }
    }

    public sealed class TheRecordFinishedMethod : WithARecorder
    {
        [Fact]
        public void Should_Store_Everything_The_Training_Produced()
        {
            // Given
            var run = ARun().Build();
            var outputs = new RunOutputs
            {
                Params = new Dictionary<string, string> { ["trainer"] = "fasttree" },
                Metrics = [new("auc", 0.8), new("auc", 0.78, 0), new("auc", 0.82, 1)],
                Tags = new Dictionary<string, string> { ["candidate"] = "best" },
                Files = new Dictionary<string, string> { ["model.zip"] = WriteFile("model.zip", "weights") },
            };

            // When
            var details = Recorder.RecordFinished(run, outputs);

            // Then
            Assert.Equal((RunStatus.Finished, EndedAt), (details.Run.Status, details.Run.EndedAt!.Value));
            Assert.Equal("fasttree", details.Params["trainer"]);
            Assert.Equal(2, details.MetricSteps["auc"].Count);
            Assert.Equal("best", details.Tags["candidate"]);
            var artifact = Assert.Single(details.Artifacts);
            Assert.Equal("weights", System.Text.Encoding.UTF8.GetString(Artifacts.ReadAllBytes(artifact.Sha256)));
        }

        [Fact]
        public void Should_Return_The_Stored_Run_When_Another_Writer_Recorded_The_Same_Run_First()
        {
            // Given: two `mlops train` of the same data and config started in the same second share a run id (time and
            // cache key); the first to record wins, and the second used to exit 2 ("already exists") after training
            var run = ARun().Build();
            var outputs = new RunOutputs { Metrics = [new("auc", 0.8)] };
            var first = Recorder.RecordFinished(run, outputs);

            // When
            var second = Recorder.RecordFinished(run, outputs);

            // Then
            Assert.Equal(first.Run, second.Run);
            Assert.Single(Store.ListRuns(new CiCd.Tracking.Queries.RunQuery()));
        }

        [Fact]
        public void Should_Close_The_Run_As_Failed_When_A_Metric_Is_Refused()
        {
            // Given
            var run = ARun().Build();
            var outputs = new RunOutputs { Metrics = [new("auc", double.PositiveInfinity)] };

            // When
            var error = Assert.Throws<InputException>(() => Recorder.RecordFinished(run, outputs));

            // Then
            var stored = Store.GetRun(run.RunId).Run;
            Assert.Equal(RunStatus.Failed, stored.Status);
            Assert.Equal(error.Message, stored.ErrorMessage);
        }

        [Fact]
        public void Should_Refuse_A_Missing_Model_File_Before_Recording_The_Run()
        {
            // Given
            var run = ARun().Build();
            var outputs = new RunOutputs { Files = new Dictionary<string, string> { ["model.zip"] = "/nonexistent/model.zip" } };

            // When
            Assert.Throws<InputException>(() => Recorder.RecordFinished(run, outputs));

            // Then
            Assert.Throws<InputException>(() => Store.GetRun(run.RunId));
        }
    }

    public sealed class TheRecordFailedMethod : WithARecorder
    {
        [Fact]
        public void Should_Store_A_Failed_Run_With_Its_Error_And_Partial_Outputs()
        {
            // Given
            var run = ARun().Build();
            var partial = new RunOutputs { Params = new Dictionary<string, string> { ["trainer"] = "lightgbm" } };

            // When
            var details = Recorder.RecordFailed(run, "no candidate trained: all 3 trainers threw", partial);

            // Then
            Assert.Equal(RunStatus.Failed, details.Run.Status);
            Assert.Equal("no candidate trained: all 3 trainers threw", details.Run.ErrorMessage);
            Assert.Equal("lightgbm", details.Params["trainer"]);
        }

        [Fact]
        public void Should_Refuse_A_Failed_Run_Without_An_Error_Message()
        {
            // Given
            var run = ARun().Build();

            // When
            var error = Assert.Throws<InputException>(() => Recorder.RecordFailed(run, " "));

            // Then
            Assert.Contains("needs an error message", error.Message);
        }
    }
}
