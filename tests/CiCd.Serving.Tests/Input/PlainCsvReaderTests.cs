using CiCd.Serving.Input;
using CiCd.Serving.Scoring;
using CiCd.Serving.Tests.Fixtures;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CiCd.Serving.Tests.Input;

/// <summary>The plain-CSV path reads what the full reader reads, and hands everything else back to it.</summary>
public sealed class PlainCsvReaderTests
{
    private static readonly Lazy<InProcessModel> Model = new(() => new InProcessModel(TrainedModel.Credit));

    private static FeatureSchema Schema => Model.Value.Served.Schema;

    private static string Csv(int rows) => new Records(TrainedModel.Credit).Csv(Enumerable.Range(0, rows));

    private static void AssertSameRows(List<FeatureRow> expected, List<FeatureRow>? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Numbers, actual[i].Numbers);
            Assert.Equal(expected[i].Texts, actual[i].Texts);
        }
    }

    public sealed class TheTryReadMethod
    {
        [Fact]
        public void Should_Refuse_With_413_At_The_Limit_Without_Reading_The_Row_After_It()
        {
            // Given: one row over the limit, the last one ragged (the full reader stops before it too)
            var text = Csv(3) + "1,2\n";

            // When
            var problem = Assert.Throws<InputProblemException>(() => PlainCsvReader.TryRead(text, Schema, maxRows: 3));

            // Then
            Assert.Equal(413, problem.Status);
            Assert.Equal("the batch holds more than 3 rows; the limit is 3", problem.Message);
        }

        [Fact]
        public void Should_Read_Rows_At_The_Limit_With_Blank_Lines_After_Them()
        {
            // When
            var rows = PlainCsvReader.TryRead(Csv(3) + "\r\n\n", Schema, maxRows: 3);

            // Then
            Assert.Equal(3, rows?.Count);
        }

        [Theory]
        [InlineData("\n")]
        [InlineData("\r\n")]
        [InlineData("\r")]
        public void Should_Read_The_Rows_The_Full_Reader_Reads_When_Lines_End_With(string end)
        {
            // Given
            var text = "\uFEFF" + Csv(50).Replace("\n", end, StringComparison.Ordinal) + end + end;

            // When
            var rows = PlainCsvReader.TryRead(text, Schema);

            // Then
            AssertSameRows(BatchReader.FromCsv(text, Schema, int.MaxValue), rows);
        }

        [Fact]
        public void Should_Read_Missing_Values_And_Padded_Fields_As_The_Full_Reader_Does()
        {
            // Given
            var lines = Csv(3).Split('\n');
            lines[1] = lines[1].Replace(",6,", ", 6 ,", StringComparison.Ordinal).Replace("radio/tv", " radio/tv ", StringComparison.Ordinal);
            lines[2] = lines[2].Replace(",48,", ",?,", StringComparison.Ordinal).Replace(",none,", ",,", StringComparison.Ordinal);
            var text = string.Join('\n', lines);

            // When
            var rows = PlainCsvReader.TryRead(text, Schema);

            // Then
            AssertSameRows(BatchReader.FromCsv(text, Schema, int.MaxValue), rows);
            Assert.Equal(6f, rows![0].Numbers[Schema.IndexOf("duration")]);
            Assert.True(float.IsNaN(rows[1].Numbers[Schema.IndexOf("duration")]));
        }

        [Theory]
        [InlineData("quoted")]
        [InlineData("too few fields")]
        [InlineData("too many fields")]
        [InlineData("not a number")]
        [InlineData("infinite")]
        [InlineData("beyond float")]
        [InlineData("unknown column")]
        [InlineData("header only")]
        [InlineData("blank first line")]
        [InlineData("empty")]
        public void Should_Leave_The_Body_To_The_Full_Reader_When_It_Is_Not_Plain(string problem)
        {
            // Given
            var csv = Csv(3);
            var lines = csv.Split('\n');
            var text = problem switch
            {
                "quoted" => csv.Replace("radio/tv", "\"radio/tv\"", StringComparison.Ordinal),
                "too few fields" => csv.Replace(",yes\n", "\n", StringComparison.Ordinal),
                "too many fields" => csv.Replace(",yes\n", ",yes,\n", StringComparison.Ordinal),
                "not a number" => csv.Replace(",67,", ",sixty,", StringComparison.Ordinal),
                "infinite" => csv.Replace(",67,", ",Infinity,", StringComparison.Ordinal),
                "beyond float" => csv.Replace(",67,", ",1e300,", StringComparison.Ordinal),
                "unknown column" => csv.Replace("foreign_worker", "foreign", StringComparison.Ordinal),
                "header only" => lines[0] + "\n",
                "blank first line" => "\n" + csv,
                _ => "",
            };

            // When
            var rows = PlainCsvReader.TryRead(text, Schema);

            // Then
            Assert.Null(rows);
        }

        [Property(MaxTest = 300)]
        public Property Should_Agree_With_The_Full_Reader_Or_Leave_The_Body_To_It()
        {
            // Bodies built from real rows with random edits: a field replaced by odd text, commas, quotes, line ends.
            var pieces = Gen.Elements("", " ", "?", ",", "\"", "\r", "\n", "\r\n", "1e39", "-0", "NaN", "x", "ü", "none", "7.5");
            var edits = Gen.ListOf(Gen.Zip(Gen.Choose(0, 2000), pieces));
            return Prop.ForAll(edits.ToArbitrary(), list =>
            {
                var text = Csv(6);
                foreach (var (at, piece) in list.Take(6))
                {
                    var position = Math.Min(at, text.Length);
                    text = text[..position] + piece + text[Math.Min(text.Length, position + 1)..];
                }
                var fast = PlainCsvReader.TryRead(text, Schema);
                List<FeatureRow>? full;
                try
                {
                    full = BatchReader.FromCsv(text, Schema, int.MaxValue);
                }
                catch (InputProblemException)
                {
                    full = null;
                }
                if (fast is null)
                {
                    return true;
                }
                AssertSameRows(full!, fast);
                return true;
            });
        }
    }
}
