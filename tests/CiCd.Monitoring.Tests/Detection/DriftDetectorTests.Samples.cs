using CiCd.Errors;
using CiCd.Monitoring.Alerts;
using CiCd.Monitoring.Data;
using CiCd.Monitoring.Detection;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Profiles;
using FsCheck;
using FsCheck.Xunit;

namespace CiCd.Monitoring.Tests.Detection;

public sealed partial class DriftDetectorTests
{
    /// <summary>Missing values, empty, tiny and large samples, categories and bins.</summary>
    public sealed partial class TheDetectMethod
    {
        [Fact]
        public void Should_Report_A_Column_Missing_From_Current_Data()
        {
            // Given
            var reference = Profile(Numeric("a", 1, 800), Numeric("b", 2, 800));

            // When
            var drift = Detect(reference, Numeric("a", 11, 600));

            // Then
            var missing = drift.Columns.Single(c => c.Name == "b");
            Assert.Equal(ColumnStatus.MissingInCurrent, missing.Status);
            Assert.Equal(Recommendation.CheckUpstreamPipeline, missing.Alert.Recommendation);
            Assert.Contains("missing from the current data", missing.Alert.Message);
            Assert.Equal(1, drift.TestedCount);
        }

        [Fact]
        public void Should_Report_An_All_Missing_Current_Column_As_An_Upstream_Problem()
        {
            // Given
            var reference = Profile(Numeric("a", 1, 800));

            // When
            var drift = Detect(reference, TestData.NumericColumn("a", Enumerable.Repeat(double.NaN, 500).ToArray()));

            // Then
            Assert.Equal(ColumnStatus.AllMissing, drift.Columns[0].Status);
            Assert.Equal(AlertLevel.Red, drift.Columns[0].Alert.Level);
            Assert.NotEqual(AlertLevel.Red, drift.Alert.Level);
        }

        [Fact]
        public void Should_Not_Test_A_Column_The_Reference_Never_Filled()
        {
            // Given
            var reference = Profile(TestData.CategoricalColumn("note", new string?[500]));

            // When
            var drift = Detect(reference, TestData.CategoricalColumn("note", TestData.Categories(1, 300, ("x", 1))));

            // Then
            Assert.Equal(ColumnStatus.NoReferenceValues, drift.Columns[0].Status);
            Assert.Equal(AlertLevel.Amber, drift.Columns[0].Alert.Level);
        }

        [Fact]
        public void Should_Find_No_Drift_In_A_Constant_Column()
        {
            // Given
            var reference = Profile(TestData.NumericColumn("flag", Enumerable.Repeat(1.0, 800).ToArray()));

            // When
            var drift = Detect(reference, TestData.NumericColumn("flag", Enumerable.Repeat(1.0, 300).ToArray()));

            // Then
            Assert.Equal(ColumnStatus.Tested, drift.Columns[0].Status);
            Assert.False(drift.Columns[0].Drifted);
            Assert.Equal(AlertLevel.Green, drift.Alert.Level);
        }

        [Fact]
        public void Should_Say_Not_Enough_Data_For_An_Empty_Current_Sample()
        {
            // Given
            var reference = Profile(Numeric("a", 1, 800), TestData.CategoricalColumn("b", TestData.Categories(2, 800, ("x", 1), ("y", 1))));

            // When
            var drift = Detect(reference, TestData.NumericColumn("a", []), TestData.CategoricalColumn("b", []));

            // Then
            Assert.All(drift.Columns, c => Assert.Equal(ColumnStatus.NotEnoughData, c.Status));
            Assert.Equal(AlertLevel.Amber, drift.Alert.Level);
            Assert.Equal(Recommendation.CollectMoreData, drift.Alert.Recommendation);
            Assert.Equal(ExitCodes.Ok, drift.ExitCode);
        }

        [Fact]
        public void Should_Never_Raise_A_Red_Alarm_On_A_Tiny_Current_Sample()
        {
            // Given
            var reference = Profile(Numeric("a", 1, 800), Numeric("b", 2, 800));

            // When
            var drift = Detect(reference, Numeric("a", 3, 40, mean: 5), Numeric("b", 4, 40, mean: 5));

            // Then
            Assert.All(drift.Columns, c => Assert.Equal(AlertLevel.Amber, c.Alert.Level));
            Assert.Equal(AlertLevel.Amber, drift.Alert.Level);
        }

        [Fact]
        public void Should_Flag_An_Unseen_Category()
        {
            // Given
            var reference = Profile(TestData.CategoricalColumn("job", TestData.Categories(1, 800, ("a", 5), ("b", 3), ("c", 2))));
            var current = TestData.Categories(2, 600, ("a", 5), ("b", 3), ("c", 2), ("robot", 1));

            // When
            var drift = Detect(reference, TestData.CategoricalColumn("job", current));

            // Then
            var job = drift.Columns[0];
            Assert.Equal(DriftTest.ChiSquare, job.Test!.Test);
            Assert.Equal(["robot"], job.UnseenCategories);
            Assert.True(job.Drifted);
        }

        [Fact]
        public void Should_Name_The_Unseen_Categories_Of_A_Drifted_Column()
        {
            // Given: a new category drives the drift (the JSON listed it, the message did not)
            var reference = Profile(TestData.CategoricalColumn("job", TestData.Categories(1, 800, ("a", 5), ("b", 3), ("c", 2))));
            var current = TestData.Categories(2, 600, ("a", 5), ("b", 3), ("c", 2), ("robot", 3));

            // When
            var job = Detect(reference, TestData.CategoricalColumn("job", current)).Columns[0];

            // Then
            Assert.Equal(AlertLevel.Red, job.Alert.Level);
            Assert.Contains("categories the reference never saw: robot", job.Alert.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Use_The_Z_Test_On_Two_Categories()
        {
            // Given
            var reference = Profile(TestData.CategoricalColumn("sex", TestData.Categories(1, 800, ("f", 1), ("m", 1))));

            // When
            var drift = Detect(reference, TestData.CategoricalColumn("sex", TestData.Categories(2, 600, ("f", 3), ("m", 1))));

            // Then
            Assert.Equal(DriftTest.ZTest, drift.Columns[0].Test!.Test);
            Assert.True(drift.Columns[0].Drifted);
        }

        [Fact]
        public void Should_Not_Flag_A_Trivial_Shift_On_Large_Samples()
        {
            // Given: a shift of 0.1 std gives KS ≈ 0.04: significant on 50,000 rows, below the 0.05 effect gate
            var reference = new ProfileBuilder(new ProfileOptions { SampleSize = 50_000 }).Build([Numeric("a", 1, 50_000)]);
            var policy = new DriftPolicy
            {
                Columns = new Dictionary<string, ColumnDriftOptions> { ["a"] = new() { Test = DriftTest.KolmogorovSmirnov } },
            };

            // When
            var drift = new DriftDetector(policy).Detect(reference, [Numeric("a", 2, 50_000, mean: 0.1)]);

            // Then
            var column = drift.Columns[0];
            Assert.True(column.PValue < 0.05);
            Assert.True(column.EffectGated);
            Assert.False(column.Drifted);
        }

        [Fact]
        public void Should_Report_A_Rising_Missing_Share()
        {
            // Given
            var reference = Profile(Numeric("a", 1, 800));

            // When
            var drift = Detect(reference, TestData.NumericColumn("a", TestData.WithMissing(TestData.Normal(11, 600), every: 3)));

            // Then
            Assert.Equal(AlertLevel.Amber, drift.Columns[0].Alert.Level);
            Assert.Equal(Recommendation.CheckUpstreamPipeline, drift.Columns[0].Alert.Recommendation);
        }

        [Fact]
        public void Should_Compare_On_Bins_When_A_Few_Valued_Column_Turns_Continuous()
        {
            // Given: a 0/1 flag in the reference, real numbers in the current data
            var reference = Profile(TestData.NumericColumn("flag", TestData.Categories(1, 800, ("0", 1), ("1", 1)).Select(v => double.Parse(v!)).ToArray()));

            // When
            var drift = Detect(reference, Numeric("flag", 2, 5_000, mean: 0.5));

            // Then
            var flag = drift.Columns[0];
            Assert.True(flag.Drifted);
            Assert.True(flag.Histogram!.Labels.Length <= 10);
        }
    }
}
