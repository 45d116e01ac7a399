using CiCd.Configuration;
using CiCd.Data;
using CiCd.Errors;
using CiCd.Testing;
using CiCd.Validate;

namespace CiCd.Core.Tests.Validate;

public sealed class DataValidatorTests
{
    private static ValidationReport Validate(CsvBuilder csv, ConfigBuilder? config = null)
    {
        var parsed = (config ?? new ConfigBuilder()).Parse();
        return DataValidator.Validate(CsvReader.Parse("data.csv", csv.Build()), parsed.Dataset, parsed.Validation);
    }

    private static RuleResult Result(ValidationReport report, string rule, string? column = null) =>
        Assert.Single(report.Results, r => r.Rule == rule && r.Column == column);

    public sealed class TheValidateMethod
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
        public void Should_Pass_The_Row_Count_Within_Bounds()
        {
            // Given
            var config = new ConfigBuilder().Validation("rows", "{ min: 40, max: 40 }");

            // When
            var result = Result(Validate(CsvBuilder.Tiny(40), config), "row_count");

            // Then
            Assert.True(result.Passed);
        }

        [Fact]
        public void Should_Fail_The_Row_Count_Below_The_Minimum()
        {
            // Given
            var config = new ConfigBuilder().Validation("rows", "{ min: 41 }");

            // When
            var report = Validate(CsvBuilder.Tiny(40), config);

            // Then
            Assert.True(Result(report, "row_count").IsBlocking);
            Assert.False(report.Passed);
        }

        [Fact]
        public void Should_Fail_The_Row_Count_Above_The_Maximum()
        {
            // Given
            var config = new ConfigBuilder().Validation("rows", "{ min: 1, max: 39 }");

            // When
            var result = Result(Validate(CsvBuilder.Tiny(40), config), "row_count");

            // Then
            Assert.False(result.Passed);
            Assert.Contains("40 rows, outside [1, 39]", result.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Pass_Required_Columns_When_All_Are_Present()
        {
            // Given
            var csv = CsvBuilder.Tiny(40).WithColumnOrder("label", "x", "colour");

            // When
            var result = Result(Validate(csv), "required_columns");

            // Then
            Assert.True(result.Passed);
        }

        [Fact]
        public void Should_Fail_Required_Columns_When_A_Declared_Column_Is_Missing()
        {
            // Given
            var csv = CsvBuilder.Tiny(40).WithColumnOrder("x", "label");

            // When
            var report = Validate(csv);

            // Then
            var result = Result(report, "required_columns");
            Assert.True(result.IsBlocking);
            Assert.Contains("colour", result.Message, StringComparison.Ordinal);
            Assert.Equal([1], result.Lines);
        }

        [Fact]
        public void Should_Fail_Target_Classes_On_An_Undeclared_Class_Naming_The_Line()
        {
            // Given
            var csv = CsvBuilder.Tiny(40).WithValue(4, "label", "ugly");

            // When
            var result = Result(Validate(csv), "target_classes", "label");

            // Then
            Assert.True(result.IsBlocking);
            Assert.Equal([6], result.Lines);
        }

        [Fact]
        public void Should_Fail_Target_Classes_On_A_Missing_Target()
        {
            // Given
            var csv = CsvBuilder.Tiny(40).WithValue(2, "label", null);

            // When
            var result = Result(Validate(csv), "target_classes", "label");

            // Then
            Assert.False(result.Passed);
            Assert.Equal([4], result.Lines);
        }

        [Fact]
        public void Should_Pass_The_Class_Share_Above_The_Minimum()
        {
            // Given
            var config = new ConfigBuilder().Validation("class_share", "{ min: 0.3 }");

            // When
            var result = Result(Validate(CsvBuilder.Tiny(40), config), "class_share", "label");

            // Then
            Assert.True(result.Passed);
        }

        [Fact]
        public void Should_Fail_The_Class_Share_Below_The_Minimum()
        {
            // Given
            var config = new ConfigBuilder().Validation("class_share", "{ min: 0.31 }");

            // When
            var result = Result(Validate(CsvBuilder.Tiny(40), config), "class_share", "label");

            // Then
            Assert.True(result.IsBlocking);
            Assert.Contains("class 'bad' has share 30.0 %", result.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Fail_When_The_Target_Has_One_Class()
        {
            // Given
            var csv = new CsvBuilder("x", "colour", "label");
            for (var i = 0; i < 20; i++)
            {
                csv.Row($"{i}", "red", "good");
            }
            var config = new ConfigBuilder().Validation("class_share", "{ min: 0 }");

            // When
            var report = Validate(csv, config);

            // Then
            Assert.True(Result(report, "class_share", "label").IsBlocking);
            Assert.False(report.Passed);
        }

        [Fact]
        public void Should_Fail_The_Type_Rule_On_A_Value_That_Is_Not_A_Number()
        {
            // Given
            var csv = CsvBuilder.Tiny(40).WithValue(1, "x", "twelve");

            // When
            var result = Result(Validate(csv), "type", "x");

            // Then
            Assert.True(result.IsBlocking);
            Assert.Equal([3], result.Lines);
            Assert.Contains("'twelve' on line 3", result.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Pass_The_Type_Rule_On_Numbers_In_Any_Notation()
        {
            // Given
            var csv = CsvBuilder.Tiny(40).WithValue(0, "x", "1e1").WithValue(1, "x", " 7.5 ").WithValue(2, "x", "-0");

            // When
            var result = Result(Validate(csv), "type", "x");

            // Then
            Assert.True(result.Passed);
        }

        [Fact]
        public void Should_Pass_Missing_Values_Within_The_Allowed_Share()
        {
            // Given
            var csv = CsvBuilder.Tiny(40).WithValue(0, "colour", null).WithValue(1, "colour", "?");
            var config = new ConfigBuilder().Validation("max_missing_share", "0.05");

            // When
            var result = Result(Validate(csv, config), "missing", "colour");

            // Then
            Assert.True(result.Passed);
        }

        [Fact]
        public void Should_Fail_Missing_Values_Over_The_Allowed_Share_Naming_The_Lines()
        {
            // Given
            var csv = CsvBuilder.Tiny(40).WithValue(0, "colour", null).WithValue(3, "colour", "?");
            var config = new ConfigBuilder().Validation("max_missing_share", "0");

            // When
            var result = Result(Validate(csv, config), "missing", "colour");

            // Then
            Assert.True(result.IsBlocking);
            Assert.Equal([2, 5], result.Lines);
        }

        [Fact]
        public void Should_Pass_The_Range_On_Its_Inclusive_Bounds()
        {
            // Given
            var csv = CsvBuilder.Tiny(40).WithValue(0, "x", "0").WithValue(1, "x", "100");

            // When
            var result = Result(Validate(csv), "range", "x");

            // Then
            Assert.True(result.Passed);
        }

        [Fact]
        public void Should_Fail_The_Range_On_A_Value_Outside_Naming_The_Line()
        {
            // Given
            var csv = CsvBuilder.Tiny(40).WithValue(7, "x", "100.5");

            // When
            var result = Result(Validate(csv), "range", "x");

            // Then
            Assert.True(result.IsBlocking);
            Assert.Equal([9], result.Lines);
        }

        [Fact]
        public void Should_Keep_At_Most_Ten_Offending_Lines()
        {
            // Given
            var csv = CsvBuilder.Tiny(40);
            for (var row = 0; row < 15; row++)
            {
                csv = csv.WithValue(row, "x", "-1");
            }

            // When
            var result = Result(Validate(csv), "range", "x");

            // Then
            Assert.Equal(Enumerable.Range(2, 10), result.Lines);
            Assert.Contains("15 values outside", result.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Fail_Allowed_Categories_On_An_Unknown_Category_Naming_The_Line()
        {
            // Given
            var csv = CsvBuilder.Tiny(40).WithValue(10, "colour", "purple");

            // When
            var result = Result(Validate(csv), "allowed_categories", "colour");

            // Then
            Assert.True(result.IsBlocking);
            Assert.Equal([12], result.Lines);
            Assert.Contains("'purple'", result.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Warn_About_A_Declared_Category_That_Never_Occurs()
        {
            // Given
            var config = new ConfigBuilder().Column("colour", "{ kind: categorical, allowed: [red, green, blue, purple] }");

            // When
            var report = Validate(CsvBuilder.Tiny(40), config);

            // Then
            var result = Result(report, "unseen_categories", "colour");
            Assert.False(result.Passed);
            Assert.Equal(Severity.Warning, result.Severity);
            Assert.Contains("purple", result.Message, StringComparison.Ordinal);
            Assert.True(report.Passed);
        }

        [Fact]
        public void Should_Check_The_Order_Of_An_Ordinal_Column_As_Its_Categories()
        {
            // Given
            var config = new ConfigBuilder().Column("colour", "{ kind: ordinal, order: [red, green] }");

            // When
            var result = Result(Validate(CsvBuilder.Tiny(40), config), "allowed_categories", "colour");

            // Then
            Assert.False(result.Passed);
            Assert.Contains("'blue'", result.Message, StringComparison.Ordinal);
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
