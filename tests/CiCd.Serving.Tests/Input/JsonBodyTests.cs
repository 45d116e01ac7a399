using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CiCd.Serving.Input;
using CiCd.Serving.Tests.Fixtures;

namespace CiCd.Serving.Tests.Input;

public sealed class JsonBodyTests
{
    // Text the parser lets through but no string can be read from: raw bytes that are not UTF-8, escaped lone surrogates.
    public static readonly TheoryData<string> Unreadable = new()
    {
        "{\"\\xff\": 1}",
        "{\"purpose\": \"\\ud800\"}",
        "{\"\\udc00x\": \"radio/tv\"}",
        "[{\"purpose\": \"radio\\xc0\\xaftv\"}]",
        "{\"instances\": [{\"purpose\": \"a\\ud83d\"}]}",
        "\\xef\\xbb\\xbf{\"age\": \"\\xed\\xa0\\x80\"}",
    };

    public sealed class TheParseMethod
    {
        [Fact]
        public void Should_Count_The_Values_After_A_Byte_Order_Mark()
        {
            // Given: a body the value count would pass over if the mark made it look malformed
            var body = "\uFEFF[" + string.Join(',', Enumerable.Repeat("0", 10_000)) + "]";

            // When
            var problem = Assert.Throws<InputProblemException>(() => JsonBody.Parse(Encoding.UTF8.GetBytes(body), maxValues: 1_000).Dispose());

            // Then
            Assert.Equal(413, problem.Status);
            Assert.Equal("Too many values", problem.Title);
        }

        [Theory]
        [MemberData(nameof(Unreadable), MemberType = typeof(JsonBodyTests))]
        public void Should_Refuse_Text_No_String_Can_Be_Read_From(string body)
        {
            // When
            var problem = Assert.Throws<InputProblemException>(() => JsonBody.Parse(Bytes(body)).Dispose());

            // Then
            Assert.Equal(400, problem.Status);
        }

        [Fact]
        public void Should_Name_The_First_Byte_That_Is_Not_Utf8()
        {
            // When
            var problem = Assert.Throws<InputProblemException>(() => JsonBody.Parse(Bytes("{\"ab\\xc3\": 1}")).Dispose());

            // Then
            Assert.Equal("Not UTF-8", problem.Title);
            Assert.Contains("byte 4", problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Accept_An_Escaped_Surrogate_Pair()
        {
            // When
            using var document = JsonBody.Parse(Bytes("{\"k\\ud83d\\ude00\": \"\\ud83d\\ude00\"}"));

            // Then
            Assert.Equal("k\U0001F600", document.RootElement.EnumerateObject().Single().Name);
        }
    }

    public sealed class TheEndpoints(CreditService service) : IClassFixture<CreditService>
    {
        [Theory]
        [MemberData(nameof(Unreadable), MemberType = typeof(JsonBodyTests))]
        public async Task Should_Answer_400_Problem_On_Every_Prediction_Route(string body)
        {
            foreach (var route in new[] { "/v1/predict", "/v1/predict/batch", "/invocations" })
            {
                // Given
                using var content = new ByteArrayContent(Bytes(body));
                content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");

                // When
                var problem = await Problem.ReadAsync(await service.Client.PostAsync(route, content));

                // Then
                Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
                Assert.Equal("application/problem+json", problem.MediaType);
            }
        }
    }

    // The text with each \xNN written as that raw byte, so a test can hold bytes that are not UTF-8.
    internal static byte[] Bytes(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 3 < text.Length && text[i + 1] == 'x')
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 2, 2), 16));
                i += 3;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }
        return [.. bytes];
    }
}
