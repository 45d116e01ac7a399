using CiCd.Configuration;
using CiCd.Data;
using CiCd.Data.Profiling;

namespace CiCd.Core.Tests.Data.Profiling;

public sealed class ColumnKindGuessTests
{
    public sealed class TheOfMethod
    {
        [Theory]
        [InlineData(ColumnKind.Numeric, "1.5", "2", "2", "-3")]
        [InlineData(ColumnKind.Categorical, "red", "blue", "red", null)]
        [InlineData(ColumnKind.Ignore, null, null)]
        public void Should_Guess_From_Texts(ColumnKind expected, params string?[] values)
        {
            // Given
            var column = Texts(values);

            // When
            var guess = ColumnKindGuess.Of(column);

            // Then
            Assert.Equal(expected, guess.Kind);
        }

        [Fact]
        public void Should_Call_All_Distinct_Texts_An_Identifier_From_Twenty_Rows_And_A_Run_Of_Whole_Numbers_From_Fifty()
        {
            // Given: init called 20 distinct texts an identifier, the profile wanted 50; 20 won (each level seen once cannot be learnt)
            var names = Texts([.. Enumerable.Range(0, 20).Select(i => $"customer-{i}")]);
            var numbers = Texts([.. Enumerable.Range(0, 50).Select(i => $"{1000 + i}")]);
            var few = Texts([.. Enumerable.Range(0, 19).Select(i => $"customer-{i}")]);

            // When
            var guesses = new[] { names, numbers, few }.Select(ColumnKindGuess.Of).ToList();

            // Then
            Assert.Equal([ColumnKind.Ignore, ColumnKind.Ignore, ColumnKind.Categorical], guesses.Select(g => g.Kind));
            Assert.Contains("identifier", guesses[0].Reason, StringComparison.Ordinal);
            Assert.Contains("row number", guesses[1].Reason, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Keep_All_Distinct_Whole_Numbers_Numeric_When_They_Are_Not_A_Run_Nor_Named_As_An_Id()
        {
            // Given: amounts can be all distinct; the profile used to drop such a column as an identifier
            var amounts = Texts([.. Enumerable.Range(0, 60).Select(i => $"{250 + (i * 37)}")]);

            // When
            var guess = ColumnKindGuess.Of(amounts);

            // Then
            Assert.Equal(ColumnKind.Numeric, guess.Kind);
            Assert.False(guess.IsIdentifier);
        }

        [Theory]
        [InlineData("paid")]
        [InlineData("valid")]
        public void Should_Not_Read_A_Word_Ending_In_Id_As_An_Identifier_Name(string name)
        {
            // Given: 30 distinct whole numbers, which an id's name would make an identifier
            var column = Texts(name, [.. Enumerable.Range(0, 30).Select(i => $"{i * 7}")]);

            // When
            var guess = ColumnKindGuess.Of(column);

            // Then
            Assert.Equal(ColumnKind.Numeric, guess.Kind);
        }

        [Fact]
        public void Should_Read_An_Id_Name_In_Camel_Case_As_An_Identifier()
        {
            // Given
            var column = Texts("customerId", [.. Enumerable.Range(0, 30).Select(i => $"{i * 7}")]);

            // When
            var guess = ColumnKindGuess.Of(column);

            // Then
            Assert.Equal(ColumnKind.Ignore, guess.Kind);
            Assert.True(guess.IsIdentifier);
        }

        [Fact]
        public void Should_Agree_With_A_Declared_Ordinal_When_It_Sees_Categories()
        {
            // Given
            var guess = ColumnKindGuess.Of(Texts("low", "high", "low"));

            // When
            var agrees = guess.AgreesWith(ColumnKind.Ordinal);

            // Then
            Assert.True(agrees);
            Assert.False(guess.AgreesWith(ColumnKind.Numeric));
        }

        private static DatasetColumn Texts(params string?[] values) => Texts("c", values);

        private static DatasetColumn Texts(string name, string?[] values) =>
            new(new ColumnSpec(name, ColumnKind.Categorical, [], [], null, 1, Severity.Warning), null, values);
    }

    public sealed class TheOfMethodOnNamedTexts
    {
        private static string?[] Repeat(int times, params string?[] values) => [.. Enumerable.Repeat(values, times).SelectMany(v => v)];

        // As the reader hands them over: trimmed, with empty fields and '?' missing.
        private static (ColumnKind Kind, IReadOnlyList<string> Order) Infer(string name, string?[] values)
        {
            var texts = values.Select(v => MissingValues.IsMissing(v) ? null : v!.Trim()).ToArray();
            var guess = ColumnKindGuess.Of(new DatasetColumn(new ColumnSpec(name, ColumnKind.Categorical, [], [], null, 1, Severity.Warning), null, texts));
            return (guess.Kind, guess.Order);
        }

        [Fact]
        public void Should_Order_Ranges_By_Their_Lower_Bound()
        {
            // Given: written out of order, as a file would hold them
            var values = Repeat(5, "20-29", "10-19", "100-109", "30-39");

            // When
            var (kind, order) = Infer("age", values);

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
            var (kind, order) = Infer("score", values);

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
            var (kind, order) = Infer("risk", values);

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
            var (kind, order) = Infer("x", values);

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
            var byValues = Infer("customer", codes).Kind;
            var byName = Infer("customer_id", numbers).Kind;
            var plainNumbers = Infer("income", numbers).Kind;

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
            var (kind, order) = Infer("age", values);

            // Then
            Assert.Equal(ColumnKind.Categorical, kind);
            Assert.Empty(order);
        }
    }
}
