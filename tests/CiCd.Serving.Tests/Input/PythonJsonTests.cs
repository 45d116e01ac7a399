using System.Text;
using CiCd.Serving.Input;

namespace CiCd.Serving.Tests.Input;

public sealed class PythonJsonTests
{
    public sealed class TheRewriteMethod
    {
        [Theory]
        [InlineData("[NaN, -Infinity,Infinity]", "[null, \"-Infinity\",\"Infinity\"]")]
        [InlineData("{\"a\": NaN}", "{\"a\": null}")]
        [InlineData("{\"NaN\": \"x NaN \\\" Infinity\"}", "{\"NaN\": \"x NaN \\\" Infinity\"}")]
        [InlineData("{\"a\": 1}", "{\"a\": 1}")]
        public void Should_Rewrite_Python_Tokens_Outside_Strings_Only(string body, string expected)
        {
            // When
            var rewritten = PythonJson.Rewrite(Encoding.UTF8.GetBytes(body), out _);

            // Then
            Assert.Equal(expected, Encoding.UTF8.GetString(rewritten.Span));
        }
        [Fact]
        public void Should_Map_A_Byte_Of_The_Rewritten_Body_Back_To_The_Body_As_Sent()
        {
            // Given: 'x' at byte 20 as sent, after a NaN (one byte longer rewritten) and an -Infinity (two)
            var sent = "[NaN, -Infinity, 1, x]";
            var rewritten = Encoding.UTF8.GetString(PythonJson.Rewrite(Encoding.UTF8.GetBytes(sent), out var offsets).Span);

            // When
            var (x, insideNull, comma) = (offsets.Original(rewritten.IndexOf('x', StringComparison.Ordinal)), offsets.Original(3), offsets.Original(5));

            // Then: a byte inside a rewritten token maps to the token's start
            Assert.Equal((sent.IndexOf('x', StringComparison.Ordinal), 1, 4), (x, insideNull, comma));
        }
    }
}
