using CiCd.Configuration;
using CiCd.Data;
using CiCd.Errors;
using CiCd.Testing;
using CiCd.Validate;

namespace CiCd.Core.Tests.Validate;

public sealed partial class DataValidatorTests
{
    private static ValidationReport Validate(CsvBuilder csv, ConfigBuilder? config = null)
    {
        var parsed = (config ?? new ConfigBuilder()).Parse();
        return DataValidator.Validate(CsvReader.Parse("data.csv", csv.Build()), parsed.Dataset, parsed.Validation);
    }

    private static RuleResult Result(ValidationReport report, string rule, string? column = null) =>
        Assert.Single(report.Results, r => r.Rule == rule && r.Column == column);

    public sealed partial class TheValidateMethod
    {
        [Fact]
        public void Should_Pass_Every_Rule_On_Good_Data()
        {
            // Given
            var csv = CsvBuilder.Tiny(40);

            // When
            var report = Validate(csv);

            // Then
            Assert.All(report.Results, r => Assert.True(r.Passed, $"{r.Rule} {r.Column}: {r.Message}"));
            Assert.True(report.Passed);
            Assert.Equal(0, report.Errors);
            Assert.Equal(0, report.Warnings);
        }

        [Fact]
        public void Should_Report_Rows_Columns_And_The_Fingerprint()
        {
            // Given
            var csv = CsvBuilder.Tiny(40);
            var dataset = new ConfigBuilder().Parse().Dataset;

            // When
            var report = Validate(csv);

            // Then
            Assert.Equal(40, report.Rows);
            Assert.Equal(3, report.Columns);
            Assert.Equal(DatasetFingerprint.Compute(CsvReader.Parse("data.csv", csv.Build()), dataset), report.Fingerprint);
        }

        [Fact]
        public void Should_Warn_About_Duplicate_Rows_By_Default_Naming_The_Lines()
        {
            // Given
            var csv = CsvBuilder.Tiny(40);
            csv.Row(csv.Rows[0]);

            // When
            var report = Validate(csv);

            // Then
            var result = Result(report, "duplicate_rows");
            Assert.False(result.Passed);
            Assert.Equal(Severity.Warning, result.Severity);
            Assert.Equal([42], result.Lines);
            Assert.True(report.Passed);
            Assert.Equal(1, report.Warnings);
        }

        [Fact]
        public void Should_Fail_Duplicate_Rows_When_They_Are_An_Error()
        {
            // Given
            var csv = CsvBuilder.Tiny(40);
            csv.Row(csv.Rows[0]);
            var config = new ConfigBuilder().Validation("duplicates", "{ max_share: 0, severity: error }");

            // When
            var report = Validate(csv, config);

            // Then
            Assert.True(Result(report, "duplicate_rows").IsBlocking);
            Assert.False(report.Passed);
        }

        [Fact]
        public void Should_Pass_Duplicate_Rows_Within_The_Allowed_Share()
        {
            // Given
            var csv = CsvBuilder.Tiny(40);
            csv.Row(csv.Rows[0]);
            var config = new ConfigBuilder().Validation("duplicates", "{ max_share: 0.05 }");

            // When
            var result = Result(Validate(csv, config), "duplicate_rows");

            // Then
            Assert.True(result.Passed);
        }

        [Fact]
        public void Should_Not_Block_On_A_Failed_Column_Rule_With_Severity_Warning()
        {
            // Given
            var csv = CsvBuilder.Tiny(40).WithValue(0, "x", "500");
            var config = new ConfigBuilder().Column("x", "{ kind: numeric, range: [0, 100], severity: warning }");

            // When
            var report = Validate(csv, config);

            // Then
            Assert.False(Result(report, "range", "x").Passed);
            Assert.True(report.Passed);
            Assert.Equal(1, report.Warnings);
        }

        [Fact]
        public void Should_Collect_Every_Failure_Together()
        {
            // Given
            var csv = CsvBuilder.Tiny(40).WithValue(0, "x", "500").WithValue(1, "colour", "purple").WithValue(2, "label", "ugly");

            // When
            var report = Validate(csv);

            // Then
            Assert.Equal(3, report.Errors);
        }

        [Fact]
        public void Should_Read_The_Configured_File()
        {
            // Given
            using var folder = new TempFolder();
            CsvBuilder.Tiny(40).WriteTo(folder);
            var config = ConfigLoader.Load(new ConfigBuilder().WriteTo(folder));

            // When
            var report = DataValidator.Validate(config);

            // Then
            Assert.Equal(folder.PathOf("data.csv"), report.File);
            Assert.True(report.Passed);
        }

        [Fact]
        public void Should_Read_Another_File_When_Given_One()
        {
            // Given
            using var folder = new TempFolder();
            var other = CsvBuilder.Tiny(20).WriteTo(folder, "other.csv");
            var config = ConfigLoader.Load(new ConfigBuilder().WriteTo(folder));

            // When
            var report = DataValidator.Validate(config, other);

            // Then
            Assert.Equal(other, report.File);
            Assert.Equal(20, report.Rows);
        }

        [Fact]
        public void Should_Fail_With_An_Input_Error_When_The_File_Is_Missing()
        {
            // Given
            using var folder = new TempFolder();
            var config = ConfigLoader.Load(new ConfigBuilder().WriteTo(folder));

            // When
            var error = Assert.Throws<InputException>(() => DataValidator.Validate(config));

            // Then
            Assert.Equal(folder.PathOf("data.csv"), error.File);
        }
    }
}
