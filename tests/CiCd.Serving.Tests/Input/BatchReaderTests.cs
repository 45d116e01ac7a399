using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CiCd.Serving.Input;
using CiCd.Serving.Tests.Fixtures;

namespace CiCd.Serving.Tests.Input;

public sealed class BatchReaderTests
{
    private static readonly Lazy<InProcessModel> Model = new(() => new InProcessModel(TrainedModel.Credit));

    private static readonly Records Records = new(TrainedModel.Credit);

    private static FeatureSchema Schema => Model.Value.Served.Schema;

    // A header of distinct names, one data row: the old duplicate check compared every pair of names (36 s for 100,000).
    private static string WideCsv(int columns) =>
        string.Join(',', Enumerable.Range(0, columns).Select(i => $"c{i}")) + "\n" + string.Join(',', Enumerable.Repeat("1", columns)) + "\n";

    public sealed class TheReadMethod
    {
        [Fact]
        public void Should_Refuse_A_Header_Over_The_Column_Limit_With_413()
        {
            // When
            var problem = Assert.Throws<InputProblemException>(() =>
                BatchReader.Read(BodyFormat.Csv, Encoding.UTF8.GetBytes(WideCsv(100_000)), Schema, int.MaxValue));

            // Then
            Assert.Equal(413, problem.Status);
            Assert.Equal("Too many columns", problem.Title);
            Assert.Contains($"more than {BatchReader.MaxColumns} columns", problem.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("a ragged last row")]
        [InlineData("an open quote in the last row")]
        public void Should_Refuse_Rows_Over_The_Limit_With_413_Before_Parsing_Them(string tail)
        {
            // Given: one row over the limit, the last one broken. Parsed in full (once), the broken row was the answer,
            // after the whole body had been held as rows: 32 MiB of empty rows took the service from 0.3 to 1.1 GB. The
            // readers stop at the limit now, before the row after it.
            var csv = Records.Csv(Enumerable.Range(0, 3)) + (tail == "a ragged last row" ? "1,2\n" : "\"open,\n");

            // When
            var problem = Assert.Throws<InputProblemException>(() =>
                BatchReader.Read(BodyFormat.Csv, Encoding.UTF8.GetBytes(csv), Schema, maxRows: 3));

            // Then
            Assert.Equal(413, problem.Status);
            Assert.Equal("Too many rows", problem.Title);
            Assert.Contains("the batch holds more than 3 rows; the limit is 3", problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Count_Lines_Inside_Quotes_As_Part_Of_Their_Row()
        {
            // Given: three rows at a limit of three, one numeric field quoted across blank lines ("6" is still 6)
            var lines = Records.Csv(Enumerable.Range(0, 3)).Split('\n');
            var duration = Array.IndexOf(lines[0].Split(','), "duration");
            var fields = lines[1].Split(',');
            fields[duration] = "\"\n\n" + fields[duration] + "\n\n\"";
            lines[1] = string.Join(',', fields);
            var csv = string.Join('\n', lines);

            // When
            var problem = Record.Exception(() => BatchReader.Read(BodyFormat.Csv, Encoding.UTF8.GetBytes(csv), Schema, maxRows: 3));

            // Then: not refused as too many rows (the padded number itself may be refused as a value)
            Assert.False(problem is InputProblemException { Status: 413 }, problem?.Message);
        }

        [Theory]
        [InlineData("records")]
        [InlineData("invocations")]
        public void Should_Refuse_A_Json_Body_Over_Its_Value_Budget_With_413_Before_Parsing_It(string shape)
        {
            // Given: 100,000 tiny values at a limit of three rows. Parsed first (as before), the parser held 12 bytes per
            // value: 32 MiB of "{}," was 270 MB, and eight such bodies at once took the service to 5.1 GB, for a 413.
            var body = Encoding.UTF8.GetBytes(shape == "records"
                ? "[" + string.Join(',', Enumerable.Repeat("{}", 100_000)) + "]"
                : "{\"instances\": [" + string.Join(',', Enumerable.Repeat("0", 100_000)) + "]}");

            // When
            var problem = Assert.Throws<InputProblemException>(() => shape == "records"
                ? BatchReader.Read(BodyFormat.Json, body, Schema, maxRows: 3)
                : InvocationReader.Read(BodyFormat.Json, body, Schema, maxRows: 3).Rows);

            // Then
            Assert.Equal(413, problem.Status);
            Assert.Equal("Too many values", problem.Title);
        }

        [Fact]
        public void Should_Read_A_Padded_Json_Batch_Of_Whole_Records_Within_Its_Value_Budget()
        {
            // Given: three records carrying the target too, padded past the budget's length so their values are counted
            var records = Enumerable.Range(0, 3).Select(i => { var r = Records.Record(i); r["class"] = "good"; return r.ToJsonString(); });
            var body = "[" + string.Join("," + new string(' ', 40_000), records) + "]";
            Assert.True(body.Length > JsonValueBudget.For(Schema, 3));

            // When
            var rows = BatchReader.Read(BodyFormat.Json, Encoding.UTF8.GetBytes(body), Schema, maxRows: 3);

            // Then
            Assert.Equal(3, rows.Count);
        }

        [Fact]
        public void Should_Count_Columns_Inside_Quotes_As_One()
        {
            // Given: one quoted name holding 20,000 commas.
            var csv = "\"" + new string(',', 20_000) + "\"\n1\n";

            // When
            var problem = Assert.Throws<InputProblemException>(() => BatchReader.Read(BodyFormat.Csv, Encoding.UTF8.GetBytes(csv), Schema, int.MaxValue));

            // Then: an unknown name, not too many columns.
            Assert.Equal(400, problem.Status);
        }

        [Theory]
        [InlineData(BodyFormat.Csv, false)]
        [InlineData(BodyFormat.Csv, true)]
        [InlineData(BodyFormat.Json, false)]
        public void Should_Stop_Reading_When_The_Request_Is_Cancelled(BodyFormat format, bool quoted)
        {
            // Given: the request timeout has fired.
            var rows = Enumerable.Range(0, 1000).Select(i => i % Records.Count).ToList();
            var text = format == BodyFormat.Json
                ? new JsonArray([.. rows.Select(i => (JsonNode)Records.Record(i))]).ToJsonString()
                : string.Join('\n', Records.Csv(rows).Split('\n').Select((line, i) => quoted && i > 0 && line.Length > 0 ? Quoted(line) : line));
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();

            // When / Then
            Assert.ThrowsAny<OperationCanceledException>(() => BatchReader.Read(format, Encoding.UTF8.GetBytes(text), Schema, int.MaxValue, cancelled.Token));
        }
    }

    // The line with its first value in quotes, which sends a body through the full reader.
    private static string Quoted(string line) => $"\"{line[..line.IndexOf(',', StringComparison.Ordinal)]}\"{line[line.IndexOf(',', StringComparison.Ordinal)..]}";

    public sealed class TheEndpoints(CreditService service) : IClassFixture<CreditService>
    {
        [Theory]
        [InlineData("/v1/predict/batch")]
        [InlineData("/invocations")]
        public async Task Should_Answer_413_For_A_Header_Of_100000_Names(string route)
        {
            // When
            var problem = await Problem.ReadAsync(await service.Client.PostAsync(route, Records.Body(WideCsv(100_000), "text/csv")));

            // Then
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, problem.Status);
            Assert.Equal("Too many columns", problem.Title);
        }
    }
}
