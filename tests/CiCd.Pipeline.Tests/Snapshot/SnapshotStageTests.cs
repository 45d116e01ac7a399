using CiCd.Configuration;
using CiCd.Data;
using CiCd.Pipeline.Snapshot;
using CiCd.Pipeline.Tests.Fixtures;

namespace CiCd.Pipeline.Tests.Snapshot;

public sealed class SnapshotStageTests
{
    public sealed class TheRunMethod
    {
        private static readonly DateTimeOffset Since = DateTimeOffset.Parse("2026-11-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

        private static SnapshotOutcome Snapshot(TempFolder folder, FakePredictionLog log)
        {
            var basePath = CsvBuilder.Tiny(40).WriteTo(folder);
            var stage = new SnapshotStage(ConfigLoader.Load(new ConfigBuilder().WriteTo(folder)));
            return stage.Run(new SnapshotRequest(basePath, log, log, Since, null, folder.PathOf("next.csv")));
        }

        [Fact]
        public void Should_Write_The_Base_And_Labelled_Rows_With_The_Provenance_Beside_Them()
        {
            // Given: one labelled prediction and one still waiting for its label
            using var folder = new TempFolder();
            var log = new FakePredictionLog()
                .Prediction("r1", "2026-11-02T10:00:00Z", 12.5, "red", "bad")
                .Prediction("r2", "2026-11-02T11:00:00Z", 20.5, "blue", null);

            // When
            var outcome = Snapshot(folder, log);

            // Then
            Assert.True(outcome.Written);
            Assert.Equal(1, outcome.Provenance.Production.Added);
            var table = CsvReader.Read(folder.PathOf("next.csv"));
            Assert.Equal(41, table.Rows.Count);
            Assert.Equal("12.5,red,bad", string.Join(",", table.Rows[40].Values));
            Assert.True(File.Exists(SnapshotStage.ProvenancePath(folder.PathOf("next.csv"))));
        }

        [Fact]
        public void Should_Write_Nothing_When_The_Snapshot_Fails_Validation()
        {
            // Given: a labelled production row whose colour the schema does not allow
            using var folder = new TempFolder();
            var log = new FakePredictionLog().Prediction("r1", "2026-11-02T10:00:00Z", 12.5, "purple", "bad");

            // When
            var outcome = Snapshot(folder, log);

            // Then
            Assert.False(outcome.Written);
            Assert.False(outcome.Validation.Passed);
            Assert.False(File.Exists(folder.PathOf("next.csv")));
            Assert.False(File.Exists(SnapshotStage.ProvenancePath(folder.PathOf("next.csv"))));
        }
    }
}
