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
        public void Should_Call_All_Distinct_Texts_Or_Whole_Numbers_An_Identifier_From_Fifty_Rows()
        {
            // Given
            var names = Texts([.. Enumerable.Range(0, 50).Select(i => $"customer-{i}")]);
            var numbers = Texts([.. Enumerable.Range(0, 50).Select(i => $"{1000 + i}")]);
            var few = Texts([.. Enumerable.Range(0, 49).Select(i => $"customer-{i}")]);

            // When
            var guesses = new[] { names, numbers, few }.Select(ColumnKindGuess.Of).ToList();

            // Then
            Assert.Equal([ColumnKind.Ignore, ColumnKind.Ignore, ColumnKind.Categorical], guesses.Select(g => g.Kind));
            Assert.Contains("identifier", guesses[0].Reason, StringComparison.Ordinal);
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

        private static DatasetColumn Texts(params string?[] values) =>
            new(new ColumnSpec("c", ColumnKind.Categorical, [], [], null, 1, Severity.Warning), null, values);
    }
}
