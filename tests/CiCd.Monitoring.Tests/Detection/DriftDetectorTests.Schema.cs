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
    /// <summary>Columns whose kind, name or override does not match the reference, and a reference without a schema.</summary>
    public sealed partial class TheDetectMethod
    {
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
    }
}
