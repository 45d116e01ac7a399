using System.Text.Json;
using CiCd.Errors;
using CiCd.Monitoring.Data;
using CiCd.Monitoring.Detection;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Profiles;

namespace CiCd.Monitoring.Tests.Detection;

public sealed class DatasetDriftTests
{
    private static readonly ReferenceProfile Reference = new ProfileBuilder(new ProfileOptions()).Build(
    [
        TestData.NumericColumn("x", TestData.Normal(1, 800)),
        TestData.CategoricalColumn("c", TestData.Categories(3, 800, ("a", 1), ("b", 1), ("c", 1))),
    ]);

    private static DatasetDrift Detect(double[] x, string?[] c) =>
        new DriftDetector(new DriftPolicy()).Detect(Reference, [TestData.NumericColumn("x", x), TestData.CategoricalColumn("c", c)]);

    public sealed class TheExitCodeProperty
    {
        [Fact]
        public void Should_Be_Zero_Without_Dataset_Drift()
        {
            // When
            var drift = Detect(TestData.Normal(11, 600), TestData.Categories(13, 600, ("a", 1), ("b", 1), ("c", 1)));

            // Then
            Assert.Equal(ExitCodes.Ok, drift.ExitCode);
        }

        [Fact]
        public void Should_Be_One_On_Dataset_Drift()
        {
            // When
            var drift = Detect(TestData.Normal(11, 600, mean: 2), TestData.Categories(13, 600, ("a", 5), ("b", 1), ("c", 1)));

            // Then
            Assert.Equal(ExitCodes.CheckFailed, drift.ExitCode);
        }
    }

    public sealed class TheSerialization
    {
        [Fact]
        public void Should_Serialize_To_Json_With_Readable_Enums_And_Finite_Numbers()
        {
            // Given: an infinite current value and an unseen category, the awkward cases
            var x = TestData.Normal(11, 600);
            x[0] = double.PositiveInfinity;
            var drift = Detect(x, TestData.Categories(13, 600, ("a", 1), ("b", 1), ("new", 1)));

            // When
            var json = JsonSerializer.Serialize(drift);

            // Then
            Assert.Contains("\"Level\":\"", json);
            Assert.Contains("\"UnseenCategories\":[\"new\"]", json);
        }
    }
}
