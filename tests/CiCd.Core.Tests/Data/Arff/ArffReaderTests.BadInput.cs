using CiCd.Data.Arff;
using CiCd.Errors;
using CiCd.Testing;

namespace CiCd.Core.Tests.Data.Arff;

// Text that is not a readable ARFF file: each error names the line.
public sealed partial class ArffReaderTests
{
    public sealed partial class TheParseMethod
    {
        [Fact]
        public void Should_Reject_An_Undeclared_Category_Naming_The_Line()
        {
            // Given
            const string arff = Header + "\n6,radio/tv,good\n12,boat,bad\n";

            // When
            var error = ParseError(arff);

            // Then
            Assert.Equal("credit.arff", error.File);
            Assert.Equal(8, error.Line);
            Assert.Contains("'boat' is not a declared category of 'purpose'", error.Problem, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("6,'radio\0tv',good", 9)]
        [InlineData("6,radio/tv,go\0od", 14)]
        public void Should_Reject_A_Nul_Character_Naming_The_Line_And_Column(string row, int column)
        {
            // Given: a NUL in a quoted string and in a bare one
            var arff = Header + "\n" + row + "\n";

            // When
            var error = ParseError(arff);

            // Then
            Assert.Equal((7, column), (error.Line, error.Column));
            Assert.Contains("a NUL character", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Row_With_Too_Few_Values_Naming_The_Line()
        {
            // Given
            const string arff = Header + "\n6,radio/tv\n";

            // When
            var error = ParseError(arff);

            // Then
            Assert.Equal(7, error.Line);
            Assert.Contains("2 values for 3 declared attributes", error.Problem, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("6,radio/tv,good,{2}")]
        [InlineData("6,radio/tv,good, { 0.5 }")]
        public void Should_Say_Instance_Weights_Are_Not_Supported_Naming_The_Line(string row)
        {
            // Given: weka's weighted instance, the weight in braces after the last value
            var arff = Header + "\n" + row + "\n";

            // When
            var error = ParseError(arff);

            // Then
            Assert.Equal(7, error.Line);
            Assert.Contains("instance weights", error.Problem, StringComparison.Ordinal);
            Assert.Contains("not supported", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Row_With_Too_Many_Values_Naming_The_Line()
        {
            // Given
            const string arff = Header + "\n6,radio/tv,good,extra\n";

            // When
            var error = ParseError(arff);

            // Then
            Assert.Equal(7, error.Line);
        }

        [Fact]
        public void Should_Reject_An_Unclosed_Quote_Naming_The_Line()
        {
            // Given
            const string arff = Header + "\n6,'new car,good\n";

            // When
            var error = ParseError(arff);

            // Then
            Assert.Equal(7, error.Line);
            Assert.Contains("never closed", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Sparse_Row_Naming_The_Line()
        {
            // Given
            const string arff = Header + "\n{0 6, 2 good}\n";

            // When
            var error = ParseError(arff);

            // Then
            Assert.Equal(7, error.Line);
            Assert.Contains("sparse", error.Problem, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("Infinity")]
        [InlineData("-Infinity")]
        public void Should_Reject_An_Infinite_Number_Naming_The_Line_And_The_Attribute(string value)
        {
            // Given
            var arff = Header + "\n" + value + ",radio/tv,good\n";

            // When
            var error = ParseError(arff);

            // Then
            Assert.Equal(7, error.Line);
            Assert.Contains($"'{value}' is not a finite number, but 'duration' is numeric", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_Text_In_A_Numeric_Attribute_Naming_The_Line()
        {
            // Given
            const string arff = Header + "\nsix,radio/tv,good\n";

            // When
            var error = ParseError(arff);

            // Then
            Assert.Equal(7, error.Line);
            Assert.Contains("'six' is not a number", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_File_Without_A_Data_Section()
        {
            // Given
            const string arff = "@relation r\n@attribute a numeric\n";

            // When
            var error = ParseError(arff);

            // Then
            Assert.Equal("credit.arff", error.File);
            Assert.Contains("no @data section", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Place_A_Missing_Data_Section_At_The_End_Of_The_File()
        {
            // Given
            const string arff = "@relation r\n@attribute a numeric\n@attribute b numeric\n";

            // When
            var error = ParseError(arff);

            // Then
            Assert.Equal(4, error.Line);
            Assert.StartsWith("credit.arff:4: no @data section", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Data_Section_Without_Rows()
        {
            // Given
            const string arff = Header + "\n% nothing here\n";

            // When
            var error = ParseError(arff);

            // Then
            Assert.Contains("no rows", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_File_Without_Attributes()
        {
            // Given
            const string arff = "@relation r\n@data\n";

            // When
            var error = ParseError(arff);

            // Then
            Assert.Contains("no @attribute declarations", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_File_Without_A_Relation()
        {
            // Given
            const string arff = "@attribute a numeric\n@data\n1\n";

            // When
            var error = ParseError(arff);

            // Then
            Assert.Contains("no @relation line", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_An_Unknown_Line_In_The_Header_Naming_It()
        {
            // Given
            const string arff = "@relation r\n@attribute a numeric\nhello\n@data\n1\n";

            // When
            var error = ParseError(arff);

            // Then
            Assert.Equal(3, error.Line);
            Assert.Contains("found 'hello'", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_An_Unsupported_Attribute_Type_Naming_The_Line()
        {
            // Given
            const string arff = "@relation r\n@attribute a numeric\n@attribute when date 'yyyy-MM-dd'\n@data\n1,2020-01-01\n";

            // When
            var error = ParseError(arff);

            // Then
            Assert.Equal(3, error.Line);
            Assert.Contains("unsupported type", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_An_Attribute_Declared_Twice_Naming_The_Line()
        {
            // Given
            const string arff = "@relation r\n@attribute a numeric\n@attribute a numeric\n@data\n1,2\n";

            // When
            var error = ParseError(arff);

            // Then
            Assert.Equal(3, error.Line);
            Assert.Contains("declared twice", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Category_List_That_Is_Never_Closed_Naming_The_Line()
        {
            // Given
            const string arff = "@relation r\n@attribute c {good, bad\n@data\ngood\n";

            // When
            var error = ParseError(arff);

            // Then
            Assert.Equal(2, error.Line);
            Assert.Contains("never closed", error.Problem, StringComparison.Ordinal);
        }
    }

    public sealed class TheReadMethod
    {
        [Fact]
        public void Should_Fail_When_The_File_Does_Not_Exist()
        {
            // Given
            using var folder = new TempFolder();
            var path = folder.PathOf("missing.arff");

            // When
            var error = Assert.Throws<InputException>(() => ArffReader.Read(path));

            // Then
            Assert.Equal(path, error.File);
            Assert.Contains("not found", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Read_A_File_With_A_Bom()
        {
            // Given
            using var folder = new TempFolder();
            var path = folder.Write("credit.arff", "\uFEFF" + Header + "\n6,radio/tv,good\n");

            // When
            var dataset = ArffReader.Read(path);

            // Then
            Assert.Equal("credit", dataset.Relation);
            Assert.Single(dataset.Rows);
        }
    }
}
