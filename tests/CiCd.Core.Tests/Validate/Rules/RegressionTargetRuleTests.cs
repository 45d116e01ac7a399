using CiCd.Data;
using CiCd.Testing;
using CiCd.Validate;

namespace CiCd.Core.Tests.Validate.Rules;

public sealed class RegressionTargetRuleTests
{
    private static ValidationReport Validate(CsvBuilder csv, ConfigBuilder config)
    {
        var loaded = config.Parse();
        return DataValidator.Validate(CsvReader.Parse("data.csv", csv.Build()), loaded.Dataset, loaded.Validation);
    }

    public sealed class TheCheckMethod
    {
        [Fact]
        public void Should_Fail_A_Target_Outside_Its_Range_Naming_The_Line()
        {
            // Given
            var csv = CsvBuilder.TinyRegression(20).WithValue(5, "label", "5000");

            // When
            var report = Validate(csv, new ConfigBuilder().Regression());

            // Then
            var result = Assert.Single(report.Results, r => r.Rule == "target_range");
            Assert.False(result.Passed);
            Assert.Equal([7], result.Lines);
            Assert.False(report.Passed);
        }

        [Fact]
        public void Should_Fail_A_Target_Beyond_What_A_32_Bit_Float_Holds_Naming_The_Line()
        {
            // Given: what `mlops init` writes for it (a range up to twice the largest value) lets 1e39 through the range rule
            var csv = CsvBuilder.TinyRegression(20).WithValue(5, "label", "1e39");

            // When
            var report = Validate(csv, new ConfigBuilder().Regression());

            // Then
            var result = Assert.Single(report.Results, r => r.Rule == "target_type");
            Assert.False(result.Passed);
            Assert.Equal([7], result.Lines);
            Assert.Contains("32-bit float", result.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Fail_A_Missing_Target_Unless_Its_Column_Allows_It()
        {
            // Given
            var csv = CsvBuilder.TinyRegression(20).WithValue(1, "label", "");

            // When
            var forbidden = Validate(csv, new ConfigBuilder().Regression());
            var allowed = Validate(csv, new ConfigBuilder().Regression().Column("label", "{ kind: numeric, missing: 0.1 }"));

            // Then
            Assert.False(forbidden.Results.Single(r => r.Rule == "target_missing").Passed);
            Assert.True(allowed.Results.Single(r => r.Rule == "target_missing").Passed);
        }

        [Fact]
        public void Should_Not_Apply_The_Class_Rules_To_A_Numeric_Target()
        {
            // Given
            var csv = CsvBuilder.TinyRegression(20);

            // When
            var report = Validate(csv, new ConfigBuilder().Regression());

            // Then
            Assert.DoesNotContain(report.Results, r => r.Rule is "target_classes" or "class_share");
            Assert.True(report.Passed, string.Join("; ", report.Results.Where(r => !r.Passed).Select(r => r.Message)));
        }
    }
}
