using CiCd.Configuration;
using CiCd.Data;
using CiCd.Data.Regression;
using CiCd.Errors;
using CiCd.Testing;

namespace CiCd.Core.Tests.Data.Regression;

public sealed class RegressionDatasetLoaderTests
{
    private static Dataset Load(CsvBuilder csv, ConfigBuilder? config = null) =>
        DatasetLoader.Load(CsvReader.Parse("data.csv", csv.Build()), (config ?? new ConfigBuilder().Regression()).Parse().Dataset);

    public sealed class TheLoadMethod
    {
        [Fact]
        public void Should_Read_The_Target_As_Numbers()
        {
            // Given
            var csv = CsvBuilder.TinyRegression(rows: 20);

            // When
            var data = Load(csv);

            // Then
            Assert.Equal(csv.Rows.Select(r => double.Parse(r[2]!, System.Globalization.CultureInfo.InvariantCulture)), data.Targets!);
        }

        [Fact]
        public void Should_Name_The_Line_Of_A_Target_That_Is_Not_A_Number()
        {
            // Given
            var csv = CsvBuilder.TinyRegression(rows: 20).WithValue(4, "label", "lots");

            // When
            var error = Assert.Throws<InputException>(() => Load(csv));

            // Then
            Assert.Equal((6, 3), (error.Line, error.Column));
            Assert.Contains("'lots', not a number", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Name_The_Line_Of_A_Target_Beyond_What_A_32_Bit_Float_Holds()
        {
            // Given: ML.NET's label is a 32-bit float, so 1e39 trained as infinity and made every metric absurd
            var csv = CsvBuilder.TinyRegression(rows: 20).WithValue(4, "label", "1e39");

            // When
            var error = Assert.Throws<InputException>(() => Load(csv));

            // Then
            Assert.Equal((6, 3), (error.Line, error.Column));
            Assert.Contains("'1e39', which is beyond", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Fail_On_A_Missing_Target_By_Default()
        {
            // Given
            var csv = CsvBuilder.TinyRegression(rows: 20).WithValue(2, "label", "");

            // When
            var error = Assert.Throws<InputException>(() => Load(csv));

            // Then
            Assert.Equal(4, error.Line);
            Assert.Contains("the target 'label' is missing", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Leave_Out_Rows_Without_A_Target_When_The_Column_Allows_It()
        {
            // Given
            var csv = CsvBuilder.TinyRegression(rows: 20).WithValue(2, "label", "");
            var config = new ConfigBuilder().Regression().Column("label", "{ kind: numeric, missing: 0.1 }");

            // When
            var data = Load(csv, config);

            // Then
            Assert.Equal(19, data.RowCount);
            Assert.DoesNotContain(4, data.Lines);
            Assert.All(data.Columns, c => Assert.Equal(19, (c.Numbers?.Length ?? c.Texts!.Length)));
        }

        [Fact]
        public void Should_Label_Each_Row_With_Its_Target_Quantile_Bin()
        {
            // Given
            var csv = CsvBuilder.TinyRegression(rows: 100);

            // When
            var data = Load(csv);

            // Then
            Assert.Equal(Enumerable.Repeat(10, 10), data.Labels.GroupBy(b => b).OrderBy(g => g.Key).Select(g => g.Count()));
            var highest = data.Targets!.Select((y, i) => (y, i)).MaxBy(p => p.y).i;
            Assert.Equal(9, data.Labels[highest]);
        }
    }

    public sealed class TheWithTransformMethod
    {
        [Fact]
        public void Should_Name_The_Line_Of_A_Target_Log1p_Cannot_Take()
        {
            // Given
            var data = Load(CsvBuilder.TinyRegression(rows: 20).WithValue(3, "label", "-1"));

            // When
            var error = Assert.Throws<InputException>(() => RegressionDatasetLoader.WithTransform(data, TargetTransform.Log1p));

            // Then
            Assert.Equal(5, error.Line);
            Assert.Contains("needs every target above -1", error.Problem, StringComparison.Ordinal);
        }
    }
}
