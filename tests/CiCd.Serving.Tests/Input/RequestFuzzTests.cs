using System.Text.Json.Nodes;
using CiCd.Serving.Tests.Fixtures;
using FsCheck;
using FsCheck.Xunit;

namespace CiCd.Serving.Tests.Input;

/// <summary>Whatever a client sends, the service answers it, never with a 5xx: client mistakes are the client's.</summary>
public sealed class RequestFuzzTests
{
    private static readonly string[] Paths = ["/v1/predict", "/v1/predict/batch", "/invocations"];

    private static readonly string[] MediaTypes =
        ["application/json", "text/csv", "application/json; charset=utf-8", "application/json; charset=utf-16", "text/plain", "application/problem+json", "text/csv; charset=utf8"];

    private static readonly string[] Fragments =
        ["null", "true", "1e999", "-0", "\"\"", "[]", "{}", "[[[]]]", "\"NaN\"", "\"-Infinity\"", "1.5", "\"rent\"", "340282356779733661637539395458142568448", "\"\\u0000\""];

    private static readonly string[] Keys = ["dataframe_split", "dataframe_records", "instances", "inputs", "params", "data", "columns"];

    public sealed class TheEndpoints(CreditService service) : IClassFixture<CreditService>
    {
        [Property(MaxTest = 400)]
        public bool Should_Never_Answer_With_A_Server_Error(int path, int mediaType, int shape, int row, int feature, string? text, NormalFloat number)
        {
            // Given
            var body = Body(service.Records, Math.Abs(shape % 12), Math.Abs(row % service.Records.Count), Math.Abs(feature), text ?? "", number.Get);
            var content = Records.Body(body, MediaTypes[Math.Abs(mediaType % MediaTypes.Length)]);

            // When
            using var response = service.Client.PostAsync(Paths[Math.Abs(path % Paths.Length)], content).GetAwaiter().GetResult();

            // Then
            return (int)response.StatusCode < 500;
        }
    }

    private static string Body(Records records, int shape, int row, int feature, string text, double number)
    {
        var record = records.Record(row);
        var name = records.Features[feature % records.Features.Count].Name;
        var fragment = JsonNode.Parse(Fragments[feature % Fragments.Length]);
        switch (shape)
        {
            case 0:
                return text;
            case 1:
                record[name] = text;
                break;
            case 2:
                record[name] = number;
                break;
            case 3:
                record.Remove(name);
                break;
            case 4:
                record[text.Length == 0 ? "extra" : text] = fragment;
                break;
            case 5:
                record[name] = fragment;
                break;
            case 6:
                var json = record.ToJsonString();
                return json[..(text.Length % json.Length)];
            case 7:
                var lines = records.Csv([row]).Split('\n');
                var cells = lines[1].Split(',');
                cells[feature % cells.Length] = text;
                return lines[0] + "\n" + string.Join(',', cells) + "\n";
            case 8:
                return new JsonObject { [Keys[feature % Keys.Length]] = new JsonArray(record) }.ToJsonString();
            case 9:
                var depth = row % 200;
                return new string('[', depth) + new string(']', depth);
            case 10:
                return new JsonObject { ["instances"] = new JsonArray(record), ["params"] = fragment }.ToJsonString();
            default:
                record[name] = fragment;
                return new JsonArray(records.Record((row + 1) % records.Count), record).ToJsonString();
        }
        return record.ToJsonString();
    }
}
