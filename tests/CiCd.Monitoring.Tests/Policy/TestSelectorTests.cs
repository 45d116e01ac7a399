using CiCd.Errors;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Profiles;

namespace CiCd.Monitoring.Tests.Policy;

public sealed class TestSelectorTests
{
    private static ColumnProfile Column(ColumnKind kind, long rows, long distinct) => new()
    {
        Name = "f",
        Kind = kind,
        Count = rows,
        MissingCount = 0,
        DistinctCount = distinct,
    };

    public sealed class TheSelectMethod
    {
        private readonly TestSelector _selector = new(new DriftPolicy());

        [Theory]
        [InlineData(ColumnKind.Numeric, 1000, 6, 6, DriftTest.KolmogorovSmirnov, 0.05)]
        [InlineData(ColumnKind.Numeric, 1001, 6, 6, DriftTest.Wasserstein, 0.1)]
        [InlineData(ColumnKind.Numeric, 1000, 5, 5, DriftTest.ChiSquare, 0.05)]
        [InlineData(ColumnKind.Numeric, 1000, 2, 2, DriftTest.ZTest, 0.05)]
        [InlineData(ColumnKind.Numeric, 5000, 5, 5, DriftTest.JensenShannon, 0.1)]
        [InlineData(ColumnKind.Categorical, 1000, 3, 3, DriftTest.ChiSquare, 0.05)]
        [InlineData(ColumnKind.Categorical, 1000, 2, 2, DriftTest.ZTest, 0.05)]
        [InlineData(ColumnKind.Categorical, 1000, 2, 3, DriftTest.ChiSquare, 0.05)]
        [InlineData(ColumnKind.Categorical, 1001, 2, 2, DriftTest.JensenShannon, 0.1)]
        public void Should_Follow_The_Drift_Defaults(ColumnKind kind, long rows, long distinct, int categories, DriftTest test, double threshold)
        {
            // When
            var selected = _selector.Select(Column(kind, rows, distinct), categories);

            // Then
            Assert.Equal(new SelectedTest(test, threshold, IsDefault: true), selected);
        }

        [Fact]
        public void Should_Use_A_Column_Override()
        {
            // Given
            var policy = new DriftPolicy
            {
                Columns = new Dictionary<string, ColumnDriftOptions> { ["f"] = new() { Test = DriftTest.Psi, Threshold = 0.2 } },
            };

            // When
            var selected = new TestSelector(policy).Select(Column(ColumnKind.Numeric, 50_000, 100), 10);

            // Then
            Assert.Equal(new SelectedTest(DriftTest.Psi, 0.2, IsDefault: false), selected);
        }

        [Fact]
        public void Should_Give_An_Overridden_Test_Its_Default_Threshold()
        {
            // Given
            var policy = new DriftPolicy
            {
                Columns = new Dictionary<string, ColumnDriftOptions> { ["f"] = new() { Test = DriftTest.KolmogorovSmirnov } },
            };

            // When
            var selected = new TestSelector(policy).Select(Column(ColumnKind.Numeric, 50_000, 100), 10);

            // Then
            Assert.Equal(0.05, selected.Threshold);
        }

        [Fact]
        public void Should_Reject_Ks_On_A_Categorical_Column()
        {
            // Given
            var policy = new DriftPolicy
            {
                Columns = new Dictionary<string, ColumnDriftOptions> { ["f"] = new() { Test = DriftTest.KolmogorovSmirnov } },
            };

            // When
            var error = Record.Exception(() => new TestSelector(policy).Select(Column(ColumnKind.Categorical, 100, 3), 3));

            // Then
            Assert.Contains("drift.columns.f.test", Assert.IsType<InputException>(error).Message);
        }

        [Fact]
        public void Should_Reject_A_Z_Test_On_Three_Categories()
        {
            // Given
            var policy = new DriftPolicy
            {
                Columns = new Dictionary<string, ColumnDriftOptions> { ["f"] = new() { Test = DriftTest.ZTest } },
            };

            // When
            var error = Record.Exception(() => new TestSelector(policy).Select(Column(ColumnKind.Categorical, 100, 3), 3));

            // Then
            Assert.Contains("exactly 2 categories", Assert.IsType<InputException>(error).Message);
        }
    }
}
