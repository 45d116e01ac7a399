using System.Text;
using CiCd.Serving.PredictionLog;
using CiCd.Serving.Tests.Fixtures;
using FsCheck.Xunit;

namespace CiCd.Serving.Tests.PredictionLog;

/// <summary>The writer's UTF-8 text is, byte for byte, the text the string path (<see cref="StringRowText"/>) wrote.</summary>
public sealed class PredictionRowTextTests
{
    public sealed class TheInputsMethod
    {
        [Property(MaxTest = 3000)]
        public bool Should_Write_The_Bytes_The_Json_Writer_Wrote_For_Any_Float_And_Category(int bits, int otherBits, string? category)
        {
            // Given: any finite float from its bits (an infinity is refused on input; NaN is a missing value), any text
            var record = AwkwardRecords.With(category, Input(bits), Input(otherBits));
            using var before = new StringRowText();
            using var now = new PredictionRowText();

            // When
            var written = now.Inputs(record);

            // Then
            return written.Span.SequenceEqual(Encoding.UTF8.GetBytes(before.Inputs(record)));
        }

        private static float Input(int bits) => BitConverter.Int32BitsToSingle(bits) is var number && float.IsInfinity(number) ? float.NaN : number;
    }

    public sealed class TheLabelMethod
    {
        [Property(MaxTest = 3000)]
        public bool Should_Write_A_Regression_Value_In_Round_Trip_Form_For_Any_Double(long bits)
        {
            // Given
            var record = AwkwardRecords.With("plain", 1, 2, BitConverter.Int64BitsToDouble(bits));
            using var now = new PredictionRowText();

            // When
            var written = now.Label(record);

            // Then
            return written.Span.SequenceEqual(Encoding.UTF8.GetBytes(StringRowText.Label(record)));
        }
    }
}
