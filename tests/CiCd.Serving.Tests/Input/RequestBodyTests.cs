using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CiCd.Serving.Tests.Fixtures;

namespace CiCd.Serving.Tests.Input;

/// <summary>Kestrel's own complaints about a body (framing, pace) reach the client and /metrics as the same 4xx.</summary>
public sealed class RequestBodyTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    public sealed class TheReadAsyncMethod
    {
        [Fact]
        public async Task Should_Answer_400_For_An_Invalid_Chunk_Size_And_Count_It_As_400()
        {
            // Given
            await using var service = await KestrelService.StartAsync();
            using var connection = service.Connect();

            // When
            await connection.SendAsync("POST /v1/predict/batch HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n[]\r\n0\r\n\r\n");
            var answer = await connection.ReadToEndAsync(Deadline);

            // Then
            Assert.Equal(400, answer.Status);
            Assert.Contains("application/problem+json", answer.Text, StringComparison.Ordinal);
            Assert.Equal(1, await CountAsync(service, "predict/batch", 400));
            Assert.Equal(0, await CountAsync(service, "predict/batch", 500));
        }

        [Fact]
        public async Task Should_Answer_408_When_The_Body_Stops_Short_Of_Its_Content_Length()
        {
            // Given
            await using var service = await KestrelService.StartAsync();
            using var connection = service.Connect();

            // When: 1000 bytes announced, 10 sent, then silence until Kestrel's minimum data rate gives up (5 s grace).
            await connection.SendAsync("POST /v1/predict HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"age\": 1,");
            var answer = await connection.ReadToEndAsync(Deadline);

            // Then
            Assert.Equal(408, answer.Status);
            Assert.Equal(1, await CountAsync(service, "v1/predict", 408));
            Assert.Equal(0, await CountAsync(service, "v1/predict", 500));
        }

        [Fact]
        public async Task Should_Answer_408_For_A_Body_Slower_Than_The_Minimum_Data_Rate()
        {
            // Given
            await using var service = await KestrelService.StartAsync();
            using var connection = service.Connect();
            await connection.SendAsync("POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");

            // When: one byte a quarter second (4 B/s, Kestrel wants 240 B/s after its grace period) until the server answers.
            var answering = connection.ReadToEndAsync(Deadline);
            while (!answering.IsCompleted)
            {
                try
                {
                    await connection.SendAsync("1\r\n \r\n");
                }
                catch (IOException)
                {
                    break;
                }
                await Task.WhenAny(answering, Task.Delay(250));
            }
            var answer = await answering;

            // Then
            Assert.Equal(408, answer.Status);
            Assert.Equal(1, await CountAsync(service, "invocations", 408));
            Assert.Equal(0, await CountAsync(service, "invocations", 500));
        }
    }

    public sealed class TheReadAsyncMethodOnAnEncodedBody(CreditService service) : IClassFixture<CreditService>
    {
        [Theory]
        [InlineData("gzip")]
        [InlineData("x-gzip")]
        [InlineData("deflate")]
        [InlineData("br")]
        public async Task Should_Decode_The_Body_As_Its_Content_Encoding_Says(string encoding)
        {
            // Given
            var record = service.Records.Record(3);
            var plain = await service.Client.PostAsync("/v1/predict", Records.Json(record));

            // When
            var response = await service.Client.PostAsync("/v1/predict", Encoded(Encoding.UTF8.GetBytes(record.ToJsonString()), encoding));

            // Then
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal((double)(await plain.Content.ReadFromJsonAsync<JsonObject>())!["score"]!, (double)(await response.Content.ReadFromJsonAsync<JsonObject>())!["score"]!);
        }

        [Fact]
        public async Task Should_Apply_The_Body_Limit_To_The_Decoded_Size()
        {
            // Given: 33 MiB of JSON white space (over the 32 MiB limit) in a gzip of about 33 KiB.
            var bomb = Encoding.UTF8.GetBytes(new string(' ', 33 * 1024 * 1024) + service.Records.Record(0).ToJsonString());

            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/v1/predict", Encoded(bomb, "gzip")));

            // Then
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, problem.Status);
        }

        [Fact]
        public async Task Should_Refuse_An_Unknown_Content_Encoding_With_415()
        {
            // Given
            var content = Records.Json(service.Records.Record(0));
            content.Headers.ContentEncoding.Add("compress");

            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/v1/predict", content));

            // Then
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, problem.Status);
            Assert.Contains("gzip", problem.Detail, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("gzip")]
        [InlineData("deflate")]
        [InlineData("br")]
        public async Task Should_Refuse_A_Body_That_Is_Not_What_Its_Encoding_Says_With_400(string encoding)
        {
            // Given
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(service.Records.Record(0).ToJsonString()));
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
            content.Headers.ContentEncoding.Add(encoding);

            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync("/v1/predict/batch", content));

            // Then
            Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
            Assert.Equal("Malformed compressed body", problem.Title);
        }

        private static ByteArrayContent Encoded(byte[] bytes, string encoding)
        {
            var compressed = new MemoryStream();
            using (Stream coder = encoding switch
            {
                "deflate" => new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true),
                "br" => new BrotliStream(compressed, CompressionLevel.Fastest, leaveOpen: true),
                _ => new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true),
            })
            {
                coder.Write(bytes);
            }
            var content = new ByteArrayContent(compressed.ToArray());
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
            content.Headers.ContentEncoding.Add(encoding);
            return content;
        }
    }

    // Prometheus' count of requests to an endpoint whose route contains <paramref name="route"/>, answered with <paramref name="status"/>.
    internal static async Task<double> CountAsync(KestrelService service, string route, int status) =>
        (await service.MetricsTextAsync()).Split('\n')
            .Where(line => line.StartsWith("http_requests_received_total{", StringComparison.Ordinal) &&
                line.Contains($"code=\"{status}\"", StringComparison.Ordinal) && line.Contains(route, StringComparison.Ordinal))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
}
