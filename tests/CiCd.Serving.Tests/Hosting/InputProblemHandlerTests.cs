using System.Text;
using System.Text.Json.Nodes;
using CiCd.Serving.Hosting;
using CiCd.Serving.Input;
using CiCd.Serving.Tests.Fixtures;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CiCd.Serving.Tests.Hosting;

/// <summary>A rejected request is logged without anything the client wrote: no value, no made-up name, no control character.</summary>
public sealed class InputProblemHandlerTests
{
    private static readonly Lazy<InProcessModel> Model = new(() => new InProcessModel(TrainedModel.Credit));

    private static readonly Records Records = new(TrainedModel.Credit);

    private static FeatureSchema Schema => Model.Value.Served.Schema;

    public sealed class TheTryHandleAsyncMethod
    {
        [Fact]
        public async Task Should_Not_Let_A_Field_Name_Forge_A_Log_Line()
        {
            // Given
            var record = Records.Record(0);
            record["x\n\u001b[31mfail: Microsoft.AspNetCore[0] forged\u001b[0m"] = 1;

            // When
            var (lines, answer) = await RejectAsync(() => Schema.FromObject(JsonDocumentOf(record), null));

            // Then
            var line = Assert.Single(lines);
            Assert.DoesNotContain('\n', line);
            Assert.DoesNotContain('\u001b', line);
            Assert.DoesNotContain("forged", line, StringComparison.Ordinal);
            Assert.DoesNotContain('\u001b', (string)answer["field"]!);
            Assert.DoesNotContain('\n', (string)answer["detail"]!);
        }

        [Fact]
        public async Task Should_Keep_The_Log_Line_And_The_Answer_Short_For_A_Ten_Megabyte_Name()
        {
            // Given
            var record = Records.Record(0);
            record[new string('n', 10 * 1024 * 1024)] = 1;

            // When
            var (lines, answer) = await RejectAsync(() => Schema.FromObject(JsonDocumentOf(record), null));

            // Then
            Assert.True(Assert.Single(lines).Length < 300);
            Assert.True(((string)answer["field"]!).Length < 100);
            Assert.True(((string)answer["detail"]!).Length < 1000);
        }

        [Fact]
        public async Task Should_Not_Log_A_Data_Row_Read_As_A_Header()
        {
            // Given: a headerless, semicolon-separated body; its first row is taken for a header of one name.
            var csv = "<0;6;123-45-6789;radio/tv;1169\n0<=X<200;48;987-65-4321;radio/tv;5951\n";

            // When
            var (lines, _) = await RejectAsync(() => BatchReader.Read(BodyFormat.Csv, Encoding.UTF8.GetBytes(csv), Schema, int.MaxValue));

            // Then
            Assert.DoesNotContain("123-45-6789", Assert.Single(lines), StringComparison.Ordinal);
        }
    }

    private static System.Text.Json.JsonElement JsonDocumentOf(JsonObject record) =>
        System.Text.Json.JsonDocument.Parse(record.ToJsonString()).RootElement;

    // Reads with the service's own code, then lets the handler answer and log the mistake.
    private static async Task<(List<string> Lines, JsonObject Answer)> RejectAsync(Action read)
    {
        var problem = Assert.Throws<InputProblemException>(read);
        var logger = new ListLogger<InputProblemHandler>();
        var context = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider(),
            Response = { Body = new MemoryStream() },
        };
        context.Request.Path = "/v1/predict";
        Assert.True(await new InputProblemHandler(logger).TryHandleAsync(context, problem, CancellationToken.None));
        context.Response.Body.Position = 0;
        return (logger.Lines, JsonNode.Parse(context.Response.Body)!.AsObject());
    }
}
