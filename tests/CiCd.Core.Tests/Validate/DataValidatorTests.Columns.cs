using CiCd.Configuration;
using CiCd.Data;
using CiCd.Errors;
using CiCd.Testing;
using CiCd.Validate;

namespace CiCd.Core.Tests.Validate;

// Rules on a column's values: type, missing share, range, categories and ordinal order.
public sealed partial class DataValidatorTests
{
    public sealed partial class TheValidateMethod
    {
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
        public void Should_Fail_The_Type_Rule_On_A_Number_Beyond_What_A_32_Bit_Float_Holds()
        {
            // Given — the model reads features as 32-bit floats, so 1e39 would train as infinity (and serving refuses it)
            var csv = CsvBuilder.Tiny(40).WithValue(1, "x", "1e39");

            // When
            var result = Result(Validate(csv), "type", "x");

            // Then
            Assert.True(result.IsBlocking);
            Assert.Equal([3], result.Lines);
            Assert.Contains("'1e39' on line 3", result.Message, StringComparison.Ordinal);
            Assert.Contains("32-bit float", result.Message, StringComparison.Ordinal);
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
    }
}
