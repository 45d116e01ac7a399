using CiCd.Configuration;
using CiCd.Data;
using CiCd.Errors;
using CiCd.Testing;
using CiCd.Validate;

namespace CiCd.Core.Tests.Validate;

// Rules on the whole table: row count, required columns, the target's classes and their shares.
public sealed partial class DataValidatorTests
{
    public sealed partial class TheValidateMethod
    {
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
        public void Should_Say_A_Header_Of_One_Column_Holding_Semicolons_Is_Not_Comma_Separated()
        {
            // Given: the file as a spreadsheet in a German locale saves it
            var text = CsvBuilder.Tiny(40).Build().Replace(',', ';');

            // When
            var parsed = new ConfigBuilder().Parse();
            var report = DataValidator.Validate(CsvReader.Parse("data.csv", text), parsed.Dataset, parsed.Validation);

            // Then
            Assert.EndsWith("; the header is one column holding ';': mlops reads comma-separated files, so save the file with commas",
                Result(report, "required_columns").Message, StringComparison.Ordinal);
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
    }
}
