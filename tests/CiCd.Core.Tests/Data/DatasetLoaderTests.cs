using CiCd.Data;
using CiCd.Errors;
using CiCd.Testing;

namespace CiCd.Core.Tests.Data;

public sealed class DatasetLoaderTests
{
    private static Dataset Load(CsvBuilder csv, ConfigBuilder? config = null) =>
        DatasetLoader.Load(CsvReader.Parse("data.csv", csv.Build()), (config ?? new ConfigBuilder()).Parse().Dataset);

    private static InputException LoadError(CsvBuilder csv) => Assert.Throws<InputException>(() => Load(csv));

    public sealed class TheLoadMethod
    {
        [Fact]
        public void Should_Read_Numeric_Columns_As_Numbers_And_Categories_As_Texts()
        {
            // Given
            var csv = new CsvBuilder("x", "colour", "label").Row("1.5", " red ", "good").Row("2", "blue", "bad");

            // When
            var dataset = Load(csv);

            // Then
            Assert.Equal([1.5f, 2f], dataset.Columns[0].Numbers!);
            Assert.Equal<IEnumerable<string?>>(["red", "blue"], dataset.Columns[1].Texts);
        }

        [Fact]
        public void Should_Map_Labels_To_Class_Indexes_With_The_Positive_Class_Last()
        {
            // Given
            var csv = new CsvBuilder("x", "colour", "label").Row("1", "red", "good").Row("2", "blue", "bad");

            // When
            var dataset = Load(csv);

            // Then
            Assert.Equal([0, 1], dataset.Labels);
        }

        [Fact]
        public void Should_Read_Missing_Numbers_As_NaN_And_Missing_Texts_As_Null()
        {
            // Given
            var csv = new CsvBuilder("x", "colour", "label").Row("?", null, "good").Row(null, "?", "bad");

            // When
            var dataset = Load(csv);

            // Then
            Assert.All(dataset.Columns[0].Numbers!, n => Assert.True(float.IsNaN(n)));
            Assert.All(dataset.Columns[1].Texts!, Assert.Null);
        }

        [Fact]
        public void Should_Keep_The_File_Line_Of_Each_Row()
        {
            // Given
            var csv = new CsvBuilder("x", "colour", "label").Row("1", "red", "good").Row("2", "blue", "bad");

            // When
            var dataset = Load(csv).Select([1]);

            // Then
            Assert.Equal([3], dataset.Lines);
            Assert.Equal([1], dataset.Labels);
        }

        [Fact]
        public void Should_Reject_A_Value_That_Is_Not_A_Number_With_Line_And_Column()
        {
            // Given
            var csv = new CsvBuilder("label", "colour", "x").Row("good", "red", "1").Row("bad", "blue", "two");

            // When
            var error = LoadError(csv);

            // Then
            Assert.Equal(3, error.Line);
            Assert.Equal(3, error.Column);
            Assert.Contains("'two' is not a number", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Number_Beyond_What_A_32_Bit_Float_Holds_With_Line_And_Column()
        {
            // Given — as a 32-bit float feature, -1e39 would be negative infinity
            var csv = new CsvBuilder("label", "colour", "x").Row("good", "red", "1").Row("bad", "blue", "-1e39");

            // When
            var error = LoadError(csv);

            // Then
            Assert.Equal(3, error.Line);
            Assert.Equal(3, error.Column);
            Assert.Contains("'-1e39' is beyond", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_An_Undeclared_Class_With_Line_And_Column()
        {
            // Given
            var csv = new CsvBuilder("x", "colour", "label").Row("1", "red", "good").Row("2", "blue", "ugly");

            // When
            var error = LoadError(csv);

            // Then
            Assert.Equal(3, error.Line);
            Assert.Equal(3, error.Column);
            Assert.Contains("class 'ugly'", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Missing_Target()
        {
            // Given
            var csv = new CsvBuilder("x", "colour", "label").Row("1", "red", "?");

            // When
            var error = LoadError(csv);

            // Then
            Assert.Equal(2, error.Line);
            Assert.Contains("is missing", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Declared_Column_Missing_From_The_Header()
        {
            // Given
            var csv = new CsvBuilder("x", "label").Row("1", "good");

            // When
            var error = LoadError(csv);

            // Then
            Assert.Equal(1, error.Line);
            Assert.Contains("column 'colour' is declared in the config but not in the header", error.Problem, StringComparison.Ordinal);
        }
    }
}
