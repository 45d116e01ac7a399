using CiCd.Monitoring.Alerts;
using CiCd.Monitoring.Data;
using CiCd.Monitoring.Detection;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Profiles;

namespace CiCd.Monitoring.Tests.Detection;

public sealed class DriftDetectorSampleSizeTests
{
    private static ReferenceProfile Profile(params DataColumn[] columns) =>
        new ProfileBuilder(new ProfileOptions()).Build(columns);

    private static DataColumn[] Table(int seed, int rows) =>
    [
        TestData.NumericColumn("a", TestData.Normal(seed, rows)),
        TestData.NumericColumn("b", TestData.Normal(seed + 1, rows, 5, 2)),
        TestData.CategoricalColumn("c", TestData.Categories(seed + 2, rows, ("x", 1), ("y", 1))),
    ];

    public sealed class TheDetectMethod
    {
        [Fact]
        public void Should_Say_Once_That_The_Key_Is_Above_The_Training_Rows_And_Suggest_A_Value()
        {
            // Given: a 178-row data set and drift.min_current_sample: 200
            var reference = Profile(Table(1, 178));
            var detector = new DriftDetector(new DriftPolicy { MinCurrentSample = 200 });

            // When
            var drift = detector.Detect(reference, Table(11, 178));

            // Then
            Assert.Equal(AlertLevel.Amber, drift.Alert.Level);
            Assert.True(drift.SampleTooSmall);
            Assert.Contains("178 rows, fewer than drift.min_current_sample: 200", drift.Alert.Message, StringComparison.Ordinal);
            Assert.Contains("drift can never go red", drift.Alert.Message, StringComparison.Ordinal);
            Assert.Contains("Set drift.min_current_sample to 35", drift.Alert.Advice, StringComparison.Ordinal);
            Assert.DoesNotContain("'a'", drift.Alert.Message, StringComparison.Ordinal);
            Assert.All(drift.Columns, c => Assert.DoesNotContain("fewer than", c.Alert.Message, StringComparison.Ordinal));
        }

        [Fact]
        public void Should_Name_The_Key_When_Only_The_Current_Window_Is_Small()
        {
            // Given
            var reference = Profile(Table(1, 800));
            var detector = new DriftDetector(new DriftPolicy());

            // When
            var drift = detector.Detect(reference, Table(11, 50));

            // Then
            Assert.Equal(AlertLevel.Amber, drift.Alert.Level);
            Assert.Contains("50 rows, fewer than drift.min_current_sample: 100", drift.Alert.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("never go red", drift.Alert.Message, StringComparison.Ordinal);
            Assert.Contains("Collect at least 100 current rows", drift.Alert.Advice, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Judge_Columns_One_By_One_When_The_Sample_Is_Large_Enough()
        {
            // Given
            var reference = Profile(Table(1, 800));
            var detector = new DriftDetector(new DriftPolicy());

            // When
            var drift = detector.Detect(reference, Table(11, 600));

            // Then
            Assert.False(drift.SampleTooSmall);
            Assert.DoesNotContain("drift.min_current_sample", drift.Alert.Message, StringComparison.Ordinal);
        }
    }
}
