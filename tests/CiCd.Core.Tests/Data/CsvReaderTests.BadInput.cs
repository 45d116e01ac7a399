using System.Text;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Errors;
using CiCd.Testing;
using FsCheck;
using FsCheck.Xunit;

namespace CiCd.Core.Tests.Data;

// Text that is not a well-formed CSV table: each error names the line (and column where there is one).
public sealed partial class CsvReaderTests
{
    public sealed partial class TheParseMethod
    {
        [Fact]
        public void Should_Reject_A_Ragged_Row_Naming_Its_Line()
        {
            // Given
            const string csv = "x,colour,label\n1,red,good\n2,blue\n3,green,bad\n";

            // When
            var error = ParseError(csv);

            // Then
            Assert.Equal("data.csv", error.File);
            Assert.Equal(3, error.Line);
            Assert.Contains("ragged row: 2 fields where the header has 3", error.Problem, StringComparison.Ordinal);
            Assert.DoesNotContain("first line", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Point_At_A_First_Line_Of_Numbers_When_Every_Row_Is_Ragged()
        {
            // Given: scikit-learn's breast_cancer.csv opens with its row and feature counts and class names
            const string csv = "569,2,malignant,benign\n17.99,10.38,0\n20.57,17.77,0\n";

            // When
            var error = ParseError(csv);

            // Then
            Assert.Equal(2, error.Line);
            Assert.Contains("ragged row: 3 fields where the header has 4; the first line (569,2,malignant,benign) holds numbers: if it is not the column names, replace it with a line naming the columns",
                error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Row_With_Too_Many_Fields_Naming_Its_Line()
        {
            // Given
            const string csv = "x,label\n1,good\n2,bad,extra\n";

            // When
            var error = ParseError(csv);

            // Then
            Assert.Equal(3, error.Line);
        }

        [Fact]
        public void Should_Reject_An_Unterminated_Quote_Naming_The_Line_It_Opens_On()
        {
            // Given
            const string csv = "note,label\nplain,good\n\"never closed,bad\nmore,good\n";

            // When
            var error = ParseError(csv);

            // Then
            Assert.Equal(3, error.Line);
            Assert.Contains("never closed", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Stray_Quote_In_An_Unquoted_Field_With_Line_And_Column()
        {
            // Given
            const string csv = "note,label\nfine,good\nsay \"hi\",bad\n";

            // When
            var error = ParseError(csv);

            // Then
            Assert.Equal(3, error.Line);
            Assert.Equal(5, error.Column);
            Assert.Contains("a quote inside an unquoted field", error.Problem, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("note,label\nfine,good\nre\0d,bad\n", 3)]
        [InlineData("note,label\nfine,good\n\"re\0d\",bad\n", 4)]
        public void Should_Reject_A_Nul_Character_In_A_Field_With_Line_And_Column(string csv, int column)
        {
            // Given: a NUL in a plain and in a quoted field

            // When
            var error = ParseError(csv);

            // Then
            Assert.Equal((3, column), (error.Line, error.Column));
            Assert.Contains("a NUL character", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_Text_After_A_Closing_Quote()
        {
            // Given
            const string csv = "note,label\n\"quoted\"tail,good\n";

            // When
            var error = ParseError(csv);

            // Then
            Assert.Equal(2, error.Line);
            Assert.Equal(9, error.Column);
            Assert.Contains("text after a closing quote", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_An_Empty_File()
        {
            // Given
            const string csv = "";

            // When
            var error = ParseError(csv);

            // Then
            Assert.Equal(1, error.Line);
            Assert.Contains("the file is empty", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_File_Of_Blank_Lines_As_Empty()
        {
            // Given
            const string csv = "\r\n\n\n";

            // When
            var error = ParseError(csv);

            // Then
            Assert.Contains("the file is empty", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Header_Without_Rows()
        {
            // Given
            const string csv = "x,label\n";

            // When
            var error = ParseError(csv);

            // Then
            Assert.Equal(2, error.Line);
            Assert.Contains("a header but no data rows", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Duplicate_Header_Name()
        {
            // Given
            const string csv = "x,label,x\n1,good,2\n";

            // When
            var error = ParseError(csv);

            // Then
            Assert.Equal(1, error.Line);
            Assert.Contains("header names column 'x' twice", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Header_Column_Without_A_Name()
        {
            // Given
            const string csv = "x,,label\n1,2,good\n";

            // When
            var error = ParseError(csv);

            // Then
            Assert.Equal(1, error.Line);
            Assert.Contains("header column 2 has no name", error.Problem, StringComparison.Ordinal);
            Assert.DoesNotContain("first line", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Point_At_A_First_Line_Of_Numbers_When_Its_Columns_Have_No_Names()
        {
            // Given: scikit-learn's boston_house_prices.csv opens with its row and feature counts, the rest of the line empty
            const string csv = "506,2,,\nCRIM,ZN,CHAS,MEDV\n0.00632,18,0,24\n";

            // When
            var error = ParseError(csv);

            // Then
            Assert.Equal(1, error.Line);
            Assert.Contains("header column 3 has no name; the first line (506,2,,) holds numbers: if it is not the column names, replace it with a line naming the columns",
                error.Problem, StringComparison.Ordinal);
        }
    }
}
