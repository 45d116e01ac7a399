using CiCd.Errors;
using CiCd.Monitoring.Alerts;
using CiCd.Monitoring.Data;
using CiCd.Monitoring.Detection;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Profiles;
using FsCheck;
using FsCheck.Xunit;

namespace CiCd.Monitoring.Tests.Detection;

public sealed class DriftDetectorTests
{
    private static ReferenceProfile Profile(params DataColumn[] columns) =>
        new ProfileBuilder(new ProfileOptions()).Build(columns);

    private static DatasetDrift Detect(ReferenceProfile reference, params DataColumn[] current) =>
        new DriftDetector(new DriftPolicy()).Detect(reference, current);

    // Tests draw a current column from the same distribution with the reference seed + 10:
    // System.Random's neighbouring seeds give correlated streams.
    private static NumericColumn Numeric(string name, int seed, int n, double mean = 0, double std = 1) =>
        TestData.NumericColumn(name, TestData.Normal(seed, n, mean, std));

    public sealed class TheDetectMethod
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

        [Fact]
        public void Should_Report_A_Kind_Mismatch()
        {
            // Given
            var reference = Profile(Numeric("a", 1, 800));

            // When
            var drift = Detect(reference, TestData.CategoricalColumn("a", TestData.Categories(1, 300, ("x", 1))));

            // Then
            Assert.Equal(ColumnStatus.KindMismatch, drift.Columns[0].Status);
        }

        [Fact]
        public void Should_Leave_Out_An_Ignored_Column()
        {
            // Given
            var reference = Profile(Numeric("id", 1, 800), Numeric("a", 2, 800));
            var policy = new DriftPolicy { Columns = new Dictionary<string, ColumnDriftOptions> { ["id"] = new() { Ignore = true } } };

            // When
            var drift = new DriftDetector(policy).Detect(reference, [Numeric("id", 11, 600, mean: 100), Numeric("a", 12, 600)]);

            // Then
            Assert.Equal(ColumnStatus.Ignored, drift.Columns[0].Status);
            Assert.Equal(1, drift.TestedCount);
            Assert.False(drift.DatasetDrifted);
        }

        [Fact]
        public void Should_List_Current_Columns_The_Reference_Does_Not_Know()
        {
            // Given
            var reference = Profile(Numeric("a", 1, 800));

            // When
            var drift = Detect(reference, Numeric("a", 11, 600), Numeric("new", 3, 600));

            // Then
            Assert.Equal(["new"], drift.ExtraColumns);
        }

        [Fact]
        public void Should_Reject_A_Duplicate_Current_Column()
        {
            // Given
            var reference = Profile(Numeric("a", 1, 800));

            // When
            var error = Record.Exception(() => Detect(reference, Numeric("a", 2, 600), Numeric("a", 3, 600)));

            // Then
            Assert.Contains("more than once", Assert.IsType<InputException>(error).Message);
        }

        [Fact]
        public void Should_Surface_A_Bad_Override_As_An_Input_Error()
        {
            // Given
            var reference = Profile(TestData.CategoricalColumn("job", TestData.Categories(1, 800, ("a", 1), ("b", 1), ("c", 1))));
            var policy = new DriftPolicy
            {
                Columns = new Dictionary<string, ColumnDriftOptions> { ["job"] = new() { Test = DriftTest.Wasserstein } },
            };

            // When
            var error = Record.Exception(() => new DriftDetector(policy).Detect(reference, [TestData.CategoricalColumn("job", TestData.Categories(2, 300, ("a", 1), ("b", 1)))]));

            // Then
            Assert.IsType<InputException>(error);
        }

        [Fact]
        public void Should_Reject_A_Profile_Without_Columns()
        {
            // Given
            var reference = new ReferenceProfile { RowCount = 0, Columns = [], Options = new ProfileOptions() };

            // When
            var error = Record.Exception(() => Detect(reference, Numeric("a", 1, 10)));

            // Then
            Assert.Contains("no schema", Assert.IsType<InputException>(error).Message);
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
