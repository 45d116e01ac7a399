using CiCd.Monitoring.Statistics;
using CiCd.Monitoring.Tests.Reference;
using FsCheck;
using FsCheck.Xunit;

namespace CiCd.Monitoring.Tests.Statistics;

public sealed class KolmogorovSmirnovTests
{
    public sealed class TheTestMethod
    {
        public static TheoryData<string> Cases => ReferenceValues.Names(r => r.Ks, c => c.Name);

        [Theory]
        [MemberData(nameof(Cases))]
        public void Should_Match_Scipy_Ks_2samp(string name)
        {
            // Given
            var expected = ReferenceValues.Instance.Ks.Single(c => c.Name == name);
            var reference = SortedSample.FromColumn(ReferenceSamples.Build(expected.Reference));
            var current = SortedSample.FromColumn(ReferenceSamples.Build(expected.Current));

            // When
            var result = KolmogorovSmirnov.Test(reference, current);

            // Then
            Assert.Equal(expected.Statistic, result.Statistic, ReferenceValues.Tolerance);
            Assert.Equal(expected.PValue, result.PValue, ReferenceValues.Tolerance);
        }

        [Theory]
        [InlineData(10_000, KsMethod.Exact)]
        [InlineData(10_001, KsMethod.Asymptotic)]
        public void Should_Use_The_Exact_Distribution_Up_To_Ten_Thousand_Values(int size, KsMethod method)
        {
            // Given
            var reference = SortedSample.FromColumn(TestData.Normal(1, size));
            var current = SortedSample.FromColumn(TestData.Normal(2, 500));

            // When
            var result = KolmogorovSmirnov.Test(reference, current);

            // Then
            Assert.Equal(method, result.Method);
        }

        [Fact]
        public void Should_Flag_Drift_When_Mean_Shifts()
        {
            // Given
            var reference = SortedSample.FromColumn(TestData.Normal(3, 800));
            var current = SortedSample.FromColumn(TestData.Normal(4, 800, mean: 0.5));

            // When
            var result = KolmogorovSmirnov.Test(reference, current);

            // Then
            Assert.True(result.PValue < 1e-6, $"p = {result.PValue}");
        }

        [Fact]
        public void Should_Reject_An_Empty_Sample()
        {
            // Given
            var reference = SortedSample.FromColumn(TestData.Normal(5, 10));
            var empty = SortedSample.FromColumn([double.NaN]);

            // When
            var error = Record.Exception(() => KolmogorovSmirnov.Test(reference, empty));

            // Then
            Assert.IsType<ArgumentException>(error);
        }

        [Property]
        public bool Should_Keep_Statistic_And_PValue_In_The_Unit_Interval(NonEmptyArray<NormalFloat> a, NonEmptyArray<NormalFloat> b)
        {
            // Given
            var reference = SortedSample.FromColumn(a.Get.Select(x => x.Get).ToArray());
            var current = SortedSample.FromColumn(b.Get.Select(x => x.Get).ToArray());

            // When
            var result = KolmogorovSmirnov.Test(reference, current);

            // Then
            return result.Statistic is >= 0 and <= 1 && result.PValue is >= 0 and <= 1;
        }

        [Property]
        public bool Should_Find_No_Drift_Between_Identical_Samples(NonEmptyArray<NormalFloat> a)
        {
            // Given
            var sample = SortedSample.FromColumn(a.Get.Select(x => x.Get).ToArray());

            // When
            var result = KolmogorovSmirnov.Test(sample, sample);

            // Then
            return result.Statistic == 0 && result.PValue == 1;
        }
    }

    public sealed class TheStatisticMethod
    {
        [Fact]
        public void Should_Be_One_For_Disjoint_Samples()
        {
            // Given
            double[] low = [1, 2, 3], high = [4, 5];

            // When
            var d = KolmogorovSmirnov.Statistic(low, high);

            // Then
            Assert.Equal(1.0, d);
        }

        [Fact]
        public void Should_Compare_After_Each_Distinct_Value_When_Samples_Tie()
        {
            // Given: F1(1) = 2/3, F2(1) = 1/3; F1(2) = F2(2) = 1
            double[] a = [1, 1, 2], b = [1, 2, 2];

            // When
            var d = KolmogorovSmirnov.Statistic(a, b);

            // Then
            Assert.Equal(1.0 / 3, d, 1e-15);
        }
    }
}
