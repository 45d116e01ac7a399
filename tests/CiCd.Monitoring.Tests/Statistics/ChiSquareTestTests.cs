using CiCd.Monitoring.Statistics;
using CiCd.Monitoring.Tests.Reference;
using FsCheck;
using FsCheck.Xunit;

namespace CiCd.Monitoring.Tests.Statistics;

public sealed class ChiSquareTestTests
{
    public sealed class TheTestMethod
    {
        public static TheoryData<string> Cases => ReferenceValues.Names(r => r.ChiSquare, c => c.Name);

        public static TheoryData<string> AssociationCases => ReferenceValues.Names(r => r.ChiSquare.Where(c => c.CramerV is not null), c => c.Name);

        [Theory]
        [MemberData(nameof(Cases))]
        public void Should_Match_Scipy_Chi2_Contingency_Without_Correction(string name)
        {
            // Given
            var expected = ReferenceValues.Instance.ChiSquare.Single(c => c.Name == name);

            // When
            var result = ChiSquareTest.Test(expected.ReferenceCounts, expected.CurrentCounts);

            // Then
            Assert.Equal(expected.Statistic, result.Statistic, Math.Max(expected.Statistic * 1e-12, 1e-12));
            Assert.Equal(expected.PValue, result.PValue, ReferenceValues.Tolerance);
            Assert.Equal(expected.DegreesOfFreedom, result.DegreesOfFreedom);
            Assert.Equal(expected.Unseen, result.UnseenCategories);
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Should_Match_Scipy_P_Values_Relatively_When_They_Are_Tiny(string name)
        {
            // Given
            var expected = ReferenceValues.Instance.ChiSquare.Single(c => c.Name == name);

            // When
            var result = ChiSquareTest.Test(expected.ReferenceCounts, expected.CurrentCounts);

            // Then
            Assert.Equal(expected.PValue, result.PValue, expected.PValue * 1e-9);
        }

        [Theory]
        [MemberData(nameof(AssociationCases))]
        public void Should_Give_An_Effect_Size_Matching_Scipy_Cramers_V_Rescaled(string name)
        {
            // Given: for a 2×k table V = √(χ²/N), so w = √(χ²·N/(n_r·n_c)) = V·N/√(n_r·n_c)
            var expected = ReferenceValues.Instance.ChiSquare.Single(c => c.Name == name);
            double referenceTotal = expected.ReferenceCounts.Sum(), currentTotal = expected.CurrentCounts.Sum();
            var w = expected.CramerV!.Value * (referenceTotal + currentTotal) / Math.Sqrt(referenceTotal * currentTotal);

            // When
            var result = ChiSquareTest.Test(expected.ReferenceCounts, expected.CurrentCounts);

            // Then
            Assert.Equal(w, result.EffectSize, 1e-12);
        }

        [Fact]
        public void Should_Count_A_Category_Only_In_Current_Without_Smoothing()
        {
            // Given: every cell's pooled expectation is 5, so χ² = 4 · (10 − 5)² / 5
            long[] reference = [10, 0], current = [0, 10];

            // When
            var result = ChiSquareTest.Test(reference, current);

            // Then
            Assert.Equal(1, result.UnseenCategories);
            Assert.Equal(1, result.DegreesOfFreedom);
            Assert.Equal(20.0, result.Statistic, 1e-12);
        }

        [Fact]
        public void Should_Drop_Categories_Empty_On_Both_Sides()
        {
            // When
            var result = ChiSquareTest.Test([40, 0, 60, 0], [10, 0, 20, 0]);

            // Then
            Assert.Equal(1, result.DegreesOfFreedom);
            Assert.Equal(0, result.UnseenCategories);
        }

        [Fact]
        public void Should_Give_P_One_When_Both_Samples_Hold_One_Category()
        {
            // When
            var result = ChiSquareTest.Test([10, 0], [7, 0]);

            // Then
            Assert.Equal(0, result.DegreesOfFreedom);
            Assert.Equal(0.0, result.Statistic);
            Assert.Equal(1.0, result.PValue);
        }

        [Fact]
        public void Should_Equal_The_Squared_Pooled_Z_Test_For_Two_Categories()
        {
            // Given
            long[] reference = [420, 580], current = [160, 140];

            // When
            var chi = ChiSquareTest.Test(reference, current);
            var z = TwoProportionZTest.Test(420, 1000, 160, 300);

            // Then
            Assert.Equal(z.Z * z.Z, chi.Statistic, 1e-10);
            Assert.Equal(z.PValue, chi.PValue, 1e-12);
        }

        [Fact]
        public void Should_Reject_An_Empty_Current_Sample_Saying_So()
        {
            // When
            var error = Record.Exception(() => ChiSquareTest.Test([10, 5], [0, 0]));

            // Then
            Assert.IsType<ArgumentException>(error);
            Assert.Contains("current sample is empty", error.Message);
        }

        [Fact]
        public void Should_Reject_An_Empty_Reference_Saying_So()
        {
            // When
            var error = Record.Exception(() => ChiSquareTest.Test([0, 0], [3, 4]));

            // Then
            Assert.IsType<ArgumentException>(error);
            Assert.Contains("reference counts are all 0", error.Message);
        }

        [Fact]
        public void Should_Reject_A_Negative_Count_Naming_The_Category()
        {
            // When
            var error = Record.Exception(() => ChiSquareTest.Test([10, -1], [3, 4]));

            // Then
            Assert.IsType<ArgumentException>(error);
            Assert.Contains("category 1", error.Message);
        }

        [Fact]
        public void Should_Reject_Counts_On_Different_Categories()
        {
            // When
            var error = Record.Exception(() => ChiSquareTest.Test([10, 5, 1], [3, 4]));

            // Then
            Assert.IsType<ArgumentException>(error);
            Assert.Contains("same bins", error.Message);
        }

        [Property]
        public bool Should_Not_Depend_On_Which_Side_Is_The_Reference(NonEmptyArray<PositiveInt> a, NonEmptyArray<PositiveInt> b)
        {
            // Given
            var length = Math.Min(a.Get.Length, b.Get.Length);
            var reference = a.Get.Take(length).Select(x => (long)x.Get).ToArray();
            var current = b.Get.Take(length).Select(x => (long)x.Get).ToArray();

            // When
            var forward = ChiSquareTest.Test(reference, current);
            var backward = ChiSquareTest.Test(current, reference);

            // Then
            return Math.Abs(forward.Statistic - backward.Statistic) <= 1e-9 * Math.Max(1, forward.Statistic)
                && forward.PValue is >= 0 and <= 1 && Math.Abs(forward.PValue - backward.PValue) <= 1e-12;
        }
    }
}
