using CiCd.Configuration;
using CiCd.Init;

namespace CiCd.Core.Tests.Init;

public sealed class ColumnKindInferenceTests
{
    public sealed class TheInferMethod
    {
        private static string?[] Repeat(int times, params string?[] values) => [.. Enumerable.Repeat(values, times).SelectMany(v => v)];

        [Fact]
        public void Should_Order_Ranges_By_Their_Lower_Bound()
        {
            // Given: written out of order, as a file would hold them
            var values = Repeat(5, "20-29", "10-19", "100-109", "30-39");

            // When
            var (kind, order) = ColumnKindInference.Infer("age", values);

            // Then
            Assert.Equal(ColumnKind.Ordinal, kind);
            Assert.Equal(["10-19", "20-29", "30-39", "100-109"], order);
        }

        [Fact]
        public void Should_Put_Open_Bounds_At_Their_Ends()
        {
            // Given
            var values = Repeat(5, "80-89", "gt-99", "lt-80", "90-99");

            // When
            var (kind, order) = ColumnKindInference.Infer("score", values);

            // Then
            Assert.Equal(ColumnKind.Ordinal, kind);
            Assert.Equal(["lt-80", "80-89", "90-99", "gt-99"], order);
        }

        [Fact]
        public void Should_Order_Named_Levels()
        {
            // Given
            var values = Repeat(5, "high", "low", "medium");

            // When
            var (kind, order) = ColumnKindInference.Infer("risk", values);

            // Then
            Assert.Equal(ColumnKind.Ordinal, kind);
            Assert.Equal(["low", "medium", "high"], order);
        }

        [Fact]
        public void Should_Read_Numbers_With_Missing_Values_As_Numeric()
        {
            // Given
            var values = Repeat(5, "1.5", "?", "", null, "-3");

            // When
            var (kind, order) = ColumnKindInference.Infer("x", values);

            // Then
            Assert.Equal(ColumnKind.Numeric, kind);
            Assert.Empty(order);
        }

        [Fact]
        public void Should_Ignore_Identifiers()
        {
            // Given
            var codes = Enumerable.Range(0, 30).Select(i => (string?)$"C{i:000}").ToArray();
            var numbers = Enumerable.Range(1000, 30).Select(i => (string?)i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

            // When
            var byValues = ColumnKindInference.Infer("customer", codes).Kind;
            var byName = ColumnKindInference.Infer("customer_id", numbers).Kind;
            var plainNumbers = ColumnKindInference.Infer("income", numbers).Kind;

            // Then
            Assert.Equal(ColumnKind.Ignore, byValues);
            Assert.Equal(ColumnKind.Ignore, byName);
            Assert.Equal(ColumnKind.Numeric, plainNumbers);
        }

        [Fact]
        public void Should_Keep_Other_Text_Categorical()
        {
            // Given: one value is not a range, so the column has no order
            var values = Repeat(5, "10-19", "20-29", "unknown");

            // When
            var (kind, order) = ColumnKindInference.Infer("age", values);

            // Then
            Assert.Equal(ColumnKind.Categorical, kind);
            Assert.Empty(order);
        }
    }
}
