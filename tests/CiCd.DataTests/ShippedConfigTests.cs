using CiCd.Configuration;
using CiCd.Metrics;
using CiCd.Testing;

namespace CiCd.DataTests;

/// <summary>The shipped configs load and point at the shipped data.</summary>
public sealed class ShippedConfigTests
{
    public sealed class TheGermanCreditConfig
    {
        private readonly MlopsConfig _config = ConfigLoader.Load(RepositoryRoot.PathOf("mlops.yaml"));

        [Fact]
        public void Should_Point_At_The_Shipped_Data()
        {
            // Given
            var path = _config.Dataset.Path;

            // When
            var expected = RepositoryRoot.PathOf("data/raw/german_credit.csv");

            // Then
            Assert.Equal(expected, path);
        }

        [Fact]
        public void Should_Score_The_Risk_Of_A_Bad_Applicant()
        {
            // Given
            var dataset = _config.Dataset;

            // When
            var classes = dataset.Classes;

            // Then
            Assert.Equal(TaskKind.Binary, dataset.Task);
            Assert.Equal("bad", dataset.PositiveClass);
            Assert.Equal(["good", "bad"], classes);
        }

        [Fact]
        public void Should_Carry_The_Documented_Cost_Matrix()
        {
            // Given
            var costs = CostModel.From(_config.Dataset.Classes, _config.Training.CostMatrix);

            // When
            var (badAccepted, goodRefused) = (costs.Cost(1, 0), costs.Cost(0, 1));

            // Then
            Assert.Equal((5.0, 1.0), (badAccepted, goodRefused));
        }

        [Fact]
        public void Should_Declare_Twenty_Features()
        {
            // Given
            var features = _config.Dataset.Features;

            // When
            var count = features.Count();

            // Then
            Assert.Equal(20, count);
        }
    }

    public sealed class TheDigitsConfig
    {
        private readonly MlopsConfig _config = ConfigLoader.Load(RepositoryRoot.PathOf("examples/digits/mlops.yaml"));

        [Fact]
        public void Should_Point_At_The_Shipped_Data()
        {
            // Given
            var path = _config.Dataset.Path;

            // When
            var expected = RepositoryRoot.PathOf("data/raw/digits.csv");

            // Then
            Assert.Equal(expected, path);
        }

        [Fact]
        public void Should_Be_A_Ten_Class_Task()
        {
            // Given
            var dataset = _config.Dataset;

            // When
            var classes = dataset.Classes;

            // Then
            Assert.Equal(TaskKind.Multiclass, dataset.Task);
            Assert.Equal(Enumerable.Range(0, 10).Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)), classes);
        }

        [Fact]
        public void Should_Declare_Sixty_Four_Pixels()
        {
            // Given
            var features = _config.Dataset.Features;

            // When
            var count = features.Count(f => f.Kind == ColumnKind.Numeric);

            // Then
            Assert.Equal(64, count);
        }
    }
}
