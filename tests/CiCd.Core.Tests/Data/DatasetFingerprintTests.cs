using CiCd.Configuration;
using CiCd.Data;
using CiCd.Testing;

namespace CiCd.Core.Tests.Data;

public sealed class DatasetFingerprintTests
{
    private static readonly DatasetConfig Schema = new ConfigBuilder().Parse().Dataset;

    private static string Fingerprint(CsvBuilder csv, DatasetConfig? schema = null) =>
        DatasetFingerprint.Compute(CsvReader.Parse("data.csv", csv.Build()), schema ?? Schema);

    public sealed class TheComputeMethod
    {
        [Fact]
        public void Should_Be_A_Lower_Case_Sha256()
        {
            // Given
            var csv = CsvBuilder.Tiny(20);

            // When
            var fingerprint = Fingerprint(csv);

            // Then
            Assert.Matches("^[0-9a-f]{64}$", fingerprint);
        }

        [Fact]
        public void Should_Not_Change_When_Every_Field_Is_Quoted()
        {
            // Given
            var csv = CsvBuilder.Tiny(20);

            // When
            var quoted = Fingerprint(CsvBuilder.Tiny(20).QuotingEveryField());

            // Then
            Assert.Equal(Fingerprint(csv), quoted);
        }

        [Fact]
        public void Should_Not_Change_With_Crlf_Line_Ends()
        {
            // Given
            var csv = CsvBuilder.Tiny(20);

            // When
            var crlf = Fingerprint(CsvBuilder.Tiny(20).WithCrlf());

            // Then
            Assert.Equal(Fingerprint(csv), crlf);
        }

        [Fact]
        public void Should_Not_Change_With_A_Bom()
        {
            // Given
            var csv = CsvBuilder.Tiny(20);

            // When
            var withBom = Fingerprint(CsvBuilder.Tiny(20).WithBom());

            // Then
            Assert.Equal(Fingerprint(csv), withBom);
        }

        [Fact]
        public void Should_Not_Change_When_The_File_Orders_Columns_Differently()
        {
            // Given
            var csv = CsvBuilder.Tiny(20);

            // When
            var reordered = Fingerprint(csv.WithColumnOrder("label", "colour", "x"));

            // Then
            Assert.Equal(Fingerprint(csv), reordered);
        }

        [Fact]
        public void Should_Not_Change_When_A_Number_Is_Written_Another_Way()
        {
            // Given
            var csv = CsvBuilder.Tiny(20).WithValue(0, "x", "12.5");

            // When
            var rewritten = Fingerprint(csv.WithValue(0, "x", "1.25e1"));

            // Then
            Assert.Equal(Fingerprint(csv), rewritten);
        }

        [Fact]
        public void Should_Treat_An_Empty_Field_And_A_Question_Mark_Alike()
        {
            // Given
            var csv = CsvBuilder.Tiny(20).WithValue(3, "colour", null);

            // When
            var question = Fingerprint(csv.WithValue(3, "colour", "?"));

            // Then
            Assert.Equal(Fingerprint(csv), question);
        }

        [Fact]
        public void Should_Change_When_A_Value_Changes()
        {
            // Given
            var csv = CsvBuilder.Tiny(20).WithValue(5, "colour", "red");

            // When
            var changed = Fingerprint(csv.WithValue(5, "colour", "blue"));

            // Then
            Assert.NotEqual(Fingerprint(csv), changed);
        }

        [Fact]
        public void Should_Change_When_A_Label_Changes()
        {
            // Given
            var csv = CsvBuilder.Tiny(20).WithValue(0, "label", "bad");

            // When
            var changed = Fingerprint(csv.WithValue(0, "label", "good"));

            // Then
            Assert.NotEqual(Fingerprint(csv), changed);
        }

        [Fact]
        public void Should_Change_When_A_Column_Kind_Changes()
        {
            // Given
            var csv = CsvBuilder.Tiny(20);
            var categoricalX = new ConfigBuilder().Column("x", "categorical").Parse().Dataset;

            // When
            var changed = Fingerprint(csv, categoricalX);

            // Then
            Assert.NotEqual(Fingerprint(csv), changed);
        }

        [Fact]
        public void Should_Change_When_The_Positive_Class_Changes()
        {
            // Given
            var csv = CsvBuilder.Tiny(20);
            var flipped = new ConfigBuilder().Dataset("positive_class", "good").Parse().Dataset;

            // When
            var changed = Fingerprint(csv, flipped);

            // Then
            Assert.NotEqual(Fingerprint(csv), changed);
        }
    }
}
