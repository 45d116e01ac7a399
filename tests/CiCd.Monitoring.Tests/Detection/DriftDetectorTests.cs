using CiCd.Errors;
using CiCd.Monitoring.Alerts;
using CiCd.Monitoring.Data;
using CiCd.Monitoring.Detection;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Profiles;
using FsCheck;
using FsCheck.Xunit;

namespace CiCd.Monitoring.Tests.Detection;

/// <summary>The detector's verdicts here; what it says of each column's sample in .Samples, of columns that do not match in .Schema.</summary>
public sealed partial class DriftDetectorTests
{
    private static ReferenceProfile Profile(params DataColumn[] columns) =>
        new ProfileBuilder(new ProfileOptions()).Build(columns);

    private static DatasetDrift Detect(ReferenceProfile reference, params DataColumn[] current) =>
        new DriftDetector(new DriftPolicy()).Detect(reference, current);

    // Tests draw a current column from the same distribution with the reference seed + 10:
    // System.Random's neighbouring seeds give correlated streams.
    private static NumericColumn Numeric(string name, int seed, int n, double mean = 0, double std = 1) =>
        TestData.NumericColumn(name, TestData.Normal(seed, n, mean, std));

    public sealed partial class TheDetectMethod
    {
        [Fact]
        public void Should_Be_Green_When_Nothing_Moved()
        {
            // Given
            var reference = Profile(Numeric("a", 1, 800), Numeric("b", 2, 800, 5, 2));

            // When
            var drift = Detect(reference, Numeric("a", 11, 600), Numeric("b", 12, 600, 5, 2));

            // Then
            Assert.Equal(AlertLevel.Green, drift.Alert.Level);
            Assert.Equal(ExitCodes.Ok, drift.ExitCode);
            Assert.All(drift.Columns, c => Assert.Equal(DriftTest.KolmogorovSmirnov, c.Test!.Test));
        }

        [Fact]
        public void Should_Flag_Dataset_Drift_And_Recommend_Retraining_When_Most_Columns_Shift()
        {
            // Given
            var reference = Profile(Numeric("a", 1, 800), Numeric("b", 2, 800), Numeric("c", 3, 800));

            // When
            var drift = Detect(reference, Numeric("a", 11, 600, mean: 1), Numeric("b", 12, 600, mean: 1), Numeric("c", 13, 600));

            // Then
            Assert.True(drift.DatasetDrifted);
            Assert.Equal(2.0 / 3, drift.DriftShare, 1e-12);
            Assert.Equal(AlertLevel.Red, drift.Alert.Level);
            Assert.Equal(Recommendation.Retrain, drift.Alert.Recommendation);
            Assert.Equal(ExitCodes.CheckFailed, drift.ExitCode);
        }

        [Fact]
        public void Should_Count_A_Share_Equal_To_The_Threshold_As_Drift()
        {
            // Given
            var reference = Profile(Numeric("a", 1, 800), Numeric("b", 2, 800));

            // When
            var drift = Detect(reference, Numeric("a", 11, 600, mean: 1), Numeric("b", 12, 600));

            // Then
            Assert.Equal(0.5, drift.DriftShare);
            Assert.True(drift.DatasetDrifted);
        }

        [Fact]
        public void Should_Name_The_Feature_To_Inspect_When_One_Column_Of_Three_Drifts()
        {
            // Given
            var reference = Profile(Numeric("a", 1, 800), Numeric("income", 2, 800), Numeric("c", 3, 800));

            // When
            var drift = Detect(reference, Numeric("a", 11, 600), Numeric("income", 12, 600, std: 3), Numeric("c", 13, 600));

            // Then
            Assert.Equal(AlertLevel.Amber, drift.Alert.Level);
            var income = drift.Columns.Single(c => c.Name == "income");
            Assert.Equal(AlertLevel.Red, income.Alert.Level);
            Assert.Equal(Recommendation.InspectFeature, income.Alert.Recommendation);
            Assert.Contains("'income'", income.Alert.Advice);
        }

        [Fact]
        public void Should_Use_Wasserstein_On_A_Large_Reference()
        {
            // Given
            var reference = Profile(Numeric("a", 1, 5_000));

            // When
            var drift = Detect(reference, Numeric("a", 2, 5_000, mean: 0.3));

            // Then
            var column = drift.Columns[0];
            Assert.Equal(DriftTest.Wasserstein, column.Test!.Test);
            Assert.True(column.Drifted);
            Assert.InRange(column.Statistic!.Value, 0.2, 0.4);
        }

        [Property(MaxTest = 30)]
        public bool Should_Find_No_Drift_When_Current_Equals_Reference(PositiveInt seed, bool large)
        {
            // Given
            var rows = large ? 2_000 : 500;
            DataColumn[] columns =
            [
                Numeric("x", seed.Get, rows),
                TestData.CategoricalColumn("c", TestData.Categories(seed.Get, rows, ("a", 2), ("b", 1), ("c", 1))),
            ];

            // When
            var drift = Detect(Profile(columns), columns);

            // Then
            return drift.DriftedCount == 0 && drift.Alert.Level == AlertLevel.Green;
        }
    }
}
