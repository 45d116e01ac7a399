using CiCd.Errors;
using CiCd.Monitoring.Analysis;
using CiCd.Monitoring.Data;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Profiles;

namespace CiCd.Monitoring.Tests.Analysis;

public sealed class CurrentDataChecksTests
{
    private static readonly ReferenceProfile Reference = new ProfileBuilder(new ProfileOptions()).Build(
    [
        TestData.NumericColumn("income", TestData.Normal(1, 500, 100, 15)),
        TestData.CategoricalColumn("colour", TestData.Categories(2, 500, ("red", 0.97), ("blue", 0.03))),
        TestData.CategoricalColumn("size", TestData.Categories(3, 500, ("s", 0.4), ("m", 0.3), ("l", 0.3))),
    ]);

    private static void Check(params DataColumn[] current) =>
        CurrentDataChecks.Check(Reference, new DriftPolicy(), "current.csv", current.Length == 0 ? 0 : current[0].Length, current);

    private static DataColumn[] Healthy(int n = 200) =>
    [
        TestData.NumericColumn("income", TestData.Normal(11, n, 100, 15)),
        TestData.CategoricalColumn("colour", TestData.Categories(12, n, ("red", 0.97), ("blue", 0.03))),
        TestData.CategoricalColumn("size", TestData.Categories(13, n, ("s", 0.4), ("m", 0.3), ("l", 0.3))),
    ];

    public sealed class TheCheckMethod
    {
        [Fact]
        public void Should_Accept_Healthy_Data()
        {
            // When
            var error = Record.Exception(() => Check(Healthy()));

            // Then
            Assert.Null(error);
        }

        [Fact]
        public void Should_Accept_A_Common_Value_Filling_A_Small_Sample()
        {
            // Given: 97% red, so 100 reds in a row is likely enough (0.97^100 ≈ 5%).
            var current = Healthy(100);
            current[1] = TestData.CategoricalColumn("colour", [.. Enumerable.Repeat<string?>("red", 100)]);

            // When
            var error = Record.Exception(() => Check(current));

            // Then
            Assert.Null(error);
        }

        [Fact]
        public void Should_Reject_No_Rows()
        {
            // When
            var error = Assert.Throws<InputException>(() => Check());

            // Then
            Assert.Contains("no rows", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Name_Every_Missing_Column()
        {
            // When
            var error = Assert.Throws<InputException>(() => Check(Healthy()[0]));

            // Then
            Assert.Contains("lacks the columns colour, size", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Column_With_Every_Value_Missing()
        {
            // Given
            var current = Healthy();
            current[0] = TestData.NumericColumn("income", [.. Enumerable.Repeat(double.NaN, 200)]);

            // When
            var error = Assert.Throws<InputException>(() => Check(current));

            // Then
            Assert.Contains("'income' has no values", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Continuous_Column_Stuck_On_One_Value()
        {
            // Given
            var current = Healthy();
            current[0] = TestData.NumericColumn("income", [.. Enumerable.Repeat(0.0, 200)]);

            // When
            var error = Assert.Throws<InputException>(() => Check(current));

            // Then
            Assert.Contains("'income' holds the single value '0'", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Category_Stuck_On_One_Value_The_Reference_Makes_Unlikely()
        {
            // Given
            var current = Healthy();
            current[2] = TestData.CategoricalColumn("size", [.. Enumerable.Repeat<string?>("m", 200)]);

            // When
            var error = Assert.Throws<InputException>(() => Check(current));

            // Then
            Assert.Contains("'size' holds the single value 'm'", error.Message, StringComparison.Ordinal);
        }
    }
}
