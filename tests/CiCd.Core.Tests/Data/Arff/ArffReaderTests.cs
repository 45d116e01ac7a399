using CiCd.Data.Arff;
using CiCd.Errors;
using CiCd.Testing;

namespace CiCd.Core.Tests.Data.Arff;

public sealed partial class ArffReaderTests
{
    private const string Header = """
        % German credit, shortened
        @relation credit
        @attribute duration numeric
        @attribute purpose {'new car', radio/tv, 'domestic appliance'}
        @attribute class {good, bad}
        @data
        """;

    private static ArffDataset Parse(string text) => ArffReader.Parse("credit.arff", text);

    private static InputException ParseError(string text) =>
        Assert.Throws<InputException>(() => ArffReader.Parse("credit.arff", text));

    public sealed partial class TheParseMethod
    {
        [Fact]
        public void Should_Read_The_Relation_Attributes_And_Rows()
        {
            // Given
            const string arff = Header + "\n6,radio/tv,good\n48,'new car',bad\n";

            // When
            var dataset = Parse(arff);

            // Then
            Assert.Equal("credit", dataset.Relation);
            Assert.Equal(["duration", "purpose", "class"], dataset.Attributes.Select(a => a.Name));
            Assert.Equal([["6", "radio/tv", "good"], ["48", "new car", "bad"]], dataset.Rows);
        }

        [Fact]
        public void Should_Read_Nominal_Declarations_With_Quoted_Categories()
        {
            // Given
            const string arff = Header + "\n6,radio/tv,good\n";

            // When
            var purpose = Parse(arff).Attributes[1];

            // Then
            Assert.Equal(ArffColumnType.Nominal, purpose.Type);
            Assert.Equal(["new car", "radio/tv", "domestic appliance"], purpose.Categories);
        }

        [Fact]
        public void Should_Read_A_Quoted_Attribute_Name_With_Spaces()
        {
            // Given
            const string arff = "@relation 'german credit'\n@attribute 'checking status' {'<0', 'no checking'}\n@data\n'no checking'\n";

            // When
            var dataset = Parse(arff);

            // Then
            Assert.Equal("german credit", dataset.Relation);
            Assert.Equal("checking status", Assert.Single(dataset.Attributes).Name);
            Assert.Equal("no checking", Assert.Single(dataset.Rows)[0]);
        }

        [Fact]
        public void Should_Read_Numeric_Real_Integer_And_String_Types_In_Any_Case()
        {
            // Given
            const string arff = "@RELATION r\n@Attribute a NUMERIC\n@attribute b real\n@attribute c Integer\n@attribute d string\n@DATA\n1,2,3,text\n";

            // When
            var attributes = Parse(arff).Attributes;

            // Then
            Assert.Equal(
                [ArffColumnType.Numeric, ArffColumnType.Numeric, ArffColumnType.Numeric, ArffColumnType.Text],
                attributes.Select(a => a.Type));
        }

        [Fact]
        public void Should_Read_Quoted_Values_With_Spaces_And_Commas()
        {
            // Given
            const string arff = "@relation r\n@attribute note string\n@attribute n numeric\n@data\n'two words, one comma',1\n\"double quoted\",2\n";

            // When
            var rows = Parse(arff).Rows;

            // Then
            Assert.Equal("two words, one comma", rows[0][0]);
            Assert.Equal("double quoted", rows[1][0]);
        }

        [Fact]
        public void Should_Unescape_Backslash_Escapes_In_Quoted_Values()
        {
            // Given
            const string arff = "@relation r\n@attribute note string\n@data\n'it\\'s a \\\\ backslash'\n";

            // When
            var rows = Parse(arff).Rows;

            // Then
            Assert.Equal("it's a \\ backslash", rows[0][0]);
        }

        [Fact]
        public void Should_Read_An_Unquoted_Question_Mark_As_Missing()
        {
            // Given
            const string arff = Header + "\n?,radio/tv,?\n";

            // When
            var row = Assert.Single(Parse(arff).Rows);

            // Then
            Assert.Equal<IEnumerable<string?>>([null, "radio/tv", null], row);
        }

        [Fact]
        public void Should_Read_NaN_In_A_Numeric_Attribute_As_Missing_As_Weka_Does()
        {
            // Given: weka's loader parses NaN to its missing value (its CSVSaver writes it back as '?')
            const string arff = Header + "\nNaN,radio/tv,good\n";

            // When
            var row = Assert.Single(Parse(arff).Rows);

            // Then
            Assert.Equal<IEnumerable<string?>>([null, "radio/tv", "good"], row);
        }

        [Fact]
        public void Should_Keep_A_Quoted_Question_Mark_As_Text()
        {
            // Given
            const string arff = "@relation r\n@attribute note string\n@data\n'?'\n";

            // When
            var row = Assert.Single(Parse(arff).Rows);

            // Then
            Assert.Equal("?", row[0]);
        }

        [Fact]
        public void Should_Skip_Comments_And_Blank_Lines()
        {
            // Given
            const string arff = Header + "\n% a comment inside the data\n\n6,radio/tv,good\n  % indented comment\n";

            // When
            var rows = Parse(arff).Rows;

            // Then
            Assert.Single(rows);
        }

        [Fact]
        public void Should_Accept_Crlf_Line_Ends()
        {
            // Given
            var arff = (Header + "\n6,radio/tv,good\n12,'domestic appliance',bad\n").Replace("\n", "\r\n", StringComparison.Ordinal);

            // When
            var dataset = Parse(arff);

            // Then
            Assert.Equal(["good", "bad"], dataset.Rows.Select(r => r[2]));
            Assert.Equal("domestic appliance", dataset.Rows[1][1]);
        }
    }
}
