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
            var rewritten = PythonJson.Rewrite(Encoding.UTF8.GetBytes(body));

            // Then
            Assert.Equal(expected, Encoding.UTF8.GetString(rewritten.Span));
        }
    }
}
