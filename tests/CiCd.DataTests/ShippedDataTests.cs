using CiCd.Configuration;
using CiCd.Data;
using CiCd.Testing;
using CiCd.Validate;
using Xunit.Abstractions;

namespace CiCd.DataTests;

/// <summary>The shipped data pass their own validation rules; warnings are reported, not hidden.</summary>
public sealed class ShippedDataTests
{
    private static ValidationReport Validate(string config, ITestOutputHelper output)
    {
        var report = DataValidator.Validate(ConfigLoader.Load(RepositoryRoot.PathOf(config)));
        foreach (var warning in report.Results.Where(r => !r.Passed))
        {
            output.WriteLine($"{warning.Severity} {warning.Rule} {warning.Column ?? "(dataset)"}: {warning.Message}");
        }
        return report;
    }

    private static string Blocking(ValidationReport report) =>
        string.Join("\n", report.Results.Where(r => r.IsBlocking).Select(r => $"{r.Rule} {r.Column}: {r.Message}"));

    public sealed class TheGermanCreditData(ITestOutputHelper output)
    {
        [Fact]
        public void Should_Pass_Validation_Without_Errors()
        {
            // Given
            const string config = "mlops.yaml";

            // When
            var report = Validate(config, output);

            // Then
            Assert.True(report.Passed, Blocking(report));
            Assert.Equal(1000, report.Rows);
        }

        [Fact]
        public void Should_Have_700_Good_And_300_Bad_Applicants()
        {
            // Given
            var table = CsvReader.Read(RepositoryRoot.PathOf("data/raw/german_credit.csv"));
            var target = table.IndexOf("class");

            // When
            var counts = table.Rows.GroupBy(r => r.Values[target]).ToDictionary(g => g.Key!, g => g.Count());

            // Then
            Assert.Equal(new Dictionary<string, int> { ["good"] = 700, ["bad"] = 300 }, counts);
        }

        [Fact]
        public void Should_Have_No_Missing_Values()
        {
            // Given
            var table = CsvReader.Read(RepositoryRoot.PathOf("data/raw/german_credit.csv"));

            // When
            var missing = table.Rows.Where(r => r.Values.Any(MissingValues.IsMissing)).Select(r => r.Line).ToList();

            // Then
            Assert.Empty(missing);
        }
    }

    public sealed class TheDigitsData(ITestOutputHelper output)
    {
        [Fact]
        public void Should_Pass_Validation_Without_Errors()
        {
            // Given
            const string config = "examples/digits/mlops.yaml";

            // When
            var report = Validate(config, output);

            // Then
            Assert.True(report.Passed, Blocking(report));
            Assert.Equal(1797, report.Rows);
        }

        [Fact]
        public void Should_Hold_Every_Digit_At_Least_170_Times()
        {
            // Given
            var table = CsvReader.Read(RepositoryRoot.PathOf("data/raw/digits.csv"));
            var target = table.IndexOf("digit");

            // When
            var counts = table.Rows.GroupBy(r => r.Values[target]!).ToDictionary(g => g.Key, g => g.Count());

            // Then
            Assert.Equal(10, counts.Count);
            Assert.All(counts.Values, count => Assert.InRange(count, 170, 190));
        }
    }
}
