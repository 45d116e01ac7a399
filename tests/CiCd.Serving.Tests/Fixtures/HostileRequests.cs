using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>
/// A seeded corpus of hostile requests made by mutating valid German-credit rows: wrong types, bytes that are not UTF-8,
/// lone surrogates in names and values, NaN and infinity, huge numbers and strings, deep nesting, wrong containers, CSV
/// quoting, byte order marks, CRLF, ragged rows, wide headers, wrong media types and encodings. The same seed gives the
/// same corpus, so a failure can be replayed.
/// </summary>
public sealed class HostileRequests(Records records, int seed)
{
    private static readonly string[] Routes = ["/v1/predict", "/v1/predict/batch", "/invocations"];

    private static readonly string[] Fragments =
    [
        "null", "true", "false", "0", "-0", "1e999", "-1e999", "1e-400", "3.5e38", "340282356779733661637539395458142568448",
        "123456789012345678901234567890123456789012345678901234567890", "\"\"", "\" \"", "\"?\"", "\"NaN\"", "\"-Infinity\"", "\"inf\"",
        "\"\\u0000\"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\ud83d\\ude00\"", "[]", "{}", "[1,2]", "{\"a\":1}", "[[[]]]", "\"radio/tv\"",
        "\" radio/tv \"", "\"\\n\\u001b[31m\"", "NaN", "Infinity", "-Infinity", "nan", "'x'", "0x10", "01", "1.", ".5", "+1",
    ];

    private static readonly byte[][] BadBytes =
        [[0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xEF, 0xBB, 0xBF], [0x00], [0x1B, 0x5B, 0x33, 0x31, 0x6D]];

    private static readonly string[] JsonTypes =
        ["application/json", "application/json; charset=utf-8", "application/json; charset=latin1", "application/vnd.x+json", "application/problem+json", "text/plain", "", "application/json; format=pandas-split"];

    private static readonly string[] CsvTypes = ["text/csv", "text/csv; charset=utf-8", "text/csv; charset=utf-16", "application/csv", "text/plain"];

    private static readonly string?[] Accepts = [null, null, null, "*/*", "text/csv", "text/*", "application/json", "application/xml", "text/csv;q=0, */*;q=0", "garbage;;="];

    private const string NestPlaceholder = "__nested__";

    private const string FragmentPlaceholder = "__fragment__";

    private static readonly string[] InvocationKeys = ["dataframe_split", "dataframe_records", "instances", "inputs"];

    private readonly Random _random = new(seed);

    public IEnumerable<HostileRequest> Take(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Next(i);
        }
    }

    private HostileRequest Next(int index)
    {
        var route = Routes[_random.Next(Routes.Length)];
        var csv = route != "/v1/predict" && _random.Next(3) == 0;
        var (body, mutation) = csv ? Csv() : Json(route);
        // Now and then the media type lies about the body.
        var type = _random.Next(8) == 0 ? Pick(csv ? JsonTypes : CsvTypes) : csv ? (_random.Next(4) == 0 ? Pick(CsvTypes) : "text/csv") :
            _random.Next(6) == 0 ? Pick(JsonTypes) : "application/json";
        string? encoding = null;
        switch (_random.Next(20))
        {
            case 0:
                (body, encoding) = (Gzip(body), "gzip");
                break;
            case 1:
                encoding = Pick(["gzip", "br", "deflate", "compress", "gzip, gzip", "identity"]);
                break;
        }
        return new HostileRequest(index, route, type, encoding, Pick(Accepts), body, mutation);
    }

    private (byte[] Body, string Mutation) Json(string route)
    {
        var rows = Enumerable.Range(0, route == "/v1/predict" ? 1 : 1 + _random.Next(5)).Select(_ => records.Record(_random.Next(records.Count))).ToList();
        var name = records.Features[_random.Next(records.Features.Count)].Name;
        var mutation = _random.Next(14);
        var label = $"json:{mutation}";
        switch (mutation)
        {
            case 0:
                rows[0][name] = FragmentPlaceholder;
                break;
            case 1:
                rows[0].Remove(name);
                break;
            case 2:
                rows[0][Pick(["", " ", "extra", name.ToUpperInvariant(), $" {name} ", "x\n\u001b[31mfail: forged", new string('k', 1 + _random.Next(20_000)), "\u202e" + name])] = 1;
                break;
            case 3:
                rows[0][name] = new string('x', _random.Next(2) == 0 ? 70_000 : 1_000_000);
                break;
            case 4:
                // Placed in the text after serialising: the JSON writer refuses what is deeper than its own limit.
                rows[0][name] = NestPlaceholder;
                break;
            default:
                break;
        }
        var text = Wrap(route, rows)
            .Replace($"\"{NestPlaceholder}\"", Nested(1 + _random.Next(_random.Next(2) == 0 ? 70 : 3000)), StringComparison.Ordinal)
            .Replace($"\"{FragmentPlaceholder}\"", Pick(Fragments), StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(text);
        switch (mutation)
        {
            case 5:
                // A raw fragment (NaN, a lone surrogate escape) where a value goes.
                return (Replace(bytes, $"\"{name}\":", $"\"{name}\":{Pick(Fragments)},\"_\":"), label);
            case 6:
                return (InsertInString(bytes, Pick(BadBytes)), label);
            case 7:
                return (InsertInString(bytes, Encoding.ASCII.GetBytes(Pick(["\\ud800", "\\udc00", "\\ud83d", "\\ud800\\ud800", "\\u00"]))), label);
            case 8:
                return (bytes[..(1 + _random.Next(bytes.Length - 1))], label);
            case 9:
                return (Flip(bytes), label);
            case 10:
                return ([.. Pick(new byte[][] { [0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF], [0xFE, 0xFF], [0xFF, 0xFE] }), .. bytes], label);
            case 11:
                return (Encoding.UTF8.GetBytes(Pick(["", " ", "[]", "{}", "[{}]", "null", "\"x\"", "1", "[null]", "[[]]", "{\"instances\":{}}", "{\"inputs\":{}}",
                    "{\"dataframe_split\":{\"columns\":[],\"data\":[]}}", "{\"dataframe_split\":{\"columns\":[1],\"data\":{}}}", "{\"instances\":[1,2]}",
                    "{\"params\":{\"output\":\"full\"}}", "{\"inputs\":[],\"instances\":[]}", "[" + string.Join(',', Enumerable.Repeat("{}", 5000)) + "]"])), label);
            case 12:
                // Names the model knows, given twice.
                return (Replace(bytes, "{", $"{{\"{name}\":null,"), label);
            default:
                return (bytes, label);
        }
    }

    // The rows in the shape the route reads, and sometimes in a shape it does not.
    private string Wrap(string route, List<JsonObject> rows)
    {
        if (route == "/v1/predict")
        {
            return _random.Next(10) == 0 ? new JsonArray([.. rows]).ToJsonString() : rows[0].ToJsonString();
        }
        var array = new JsonArray([.. rows.Select(r => (JsonNode)r)]);
        if (route == "/v1/predict/batch")
        {
            return _random.Next(10) == 0 ? rows[0].ToJsonString() : array.ToJsonString();
        }
        var features = records.Features.Select(f => f.Name).ToList();
        var body = _random.Next(6) switch
        {
            0 => new JsonObject { ["dataframe_split"] = new JsonObject { ["columns"] = new JsonArray([.. features.Select(f => (JsonNode)f)]), ["data"] = new JsonArray([.. rows.Select(r => (JsonNode)new JsonArray([.. features.Select(f => r[f]?.DeepClone())]))]) } },
            1 => new JsonObject { ["inputs"] = new JsonObject(features.Select(f => KeyValuePair.Create(f, (JsonNode?)new JsonArray([.. rows.Select(r => r[f]?.DeepClone())])))) },
            2 => new JsonObject { [Pick(InvocationKeys)] = array, ["params"] = JsonNode.Parse(Pick(["{\"output\":\"full\"}", "{\"output\":\"x\"}", "{\"temperature\":1}", "[]", "null"])) },
            3 => new JsonObject { [Pick(InvocationKeys)] = array, [Pick(InvocationKeys)] = new JsonArray() },
            4 => (JsonNode)array,
            _ => new JsonObject { [Pick(InvocationKeys)] = array },
        };
        return body.ToJsonString();
    }

    private (byte[] Body, string Mutation) Csv()
    {
        var indexes = Enumerable.Range(0, 1 + _random.Next(6)).Select(_ => _random.Next(records.Count)).ToList();
        var lines = records.Csv(indexes).TrimEnd('\n').Split('\n').Select(l => l.Split(',').ToList()).ToList();
        var mutation = _random.Next(13);
        var row = lines[_random.Next(lines.Count)];
        var cell = _random.Next(row.Count);
        var end = "\n";
        switch (mutation)
        {
            case 0:
                row[cell] = Pick(["NaN", "Infinity", "-inf", "1e999", "340282356779733661637539395458142568448", "", "?", " ", "\"\"", "0x1F", "1,5", "\" radio/tv \"", " radio/tv "]);
                break;
            case 1:
                row[cell] = "\"" + row[cell] + Pick(["\"", "", "\"\"", "\"x", "\n\"", "\r\n,\""]);
                break;
            case 2:
                row.RemoveAt(cell);
                break;
            case 3:
                row.Add(Pick(["", "1", "x", "\"a,b\""]));
                break;
            case 4:
                lines[0] = [.. lines[0], .. Enumerable.Range(0, Pick([10, 1000, 9_990, 10_001, 20_000])).Select(i => Pick(["c", "age", ""]) + i)];
                break;
            case 5:
                lines[0][cell] = Pick(["", " ", lines[0][(cell + 1) % lines[0].Count], "x\n\u001b[31m", new string('h', 100_000), "\"quoted\""]);
                break;
            case 6:
                end = Pick(["\r\n", "\r", "\n\n", "\r\n\r\n"]);
                break;
            case 7:
                row[cell] = new string('v', _random.Next(2) == 0 ? 70_000 : 1_000_000);
                break;
            case 8:
                lines.RemoveAt(0);
                break;
            default:
                break;
        }
        var text = string.Join(end, lines.Select(l => string.Join(mutation == 9 ? Pick([";", "\t", " , "]) : ",", l))) + (_random.Next(2) == 0 ? end : "");
        var bytes = Encoding.UTF8.GetBytes(text);
        return mutation switch
        {
            10 => ([0xEF, 0xBB, 0xBF, .. bytes], "csv:bom"),
            11 => (InsertAnywhere(bytes, Pick(BadBytes)), "csv:bytes"),
            12 => (bytes[..(1 + _random.Next(bytes.Length - 1))], "csv:cut"),
            _ => (bytes, $"csv:{mutation}"),
        };
    }

    private string Nested(int depth) => _random.Next(2) == 0
        ? new string('[', depth) + new string(']', depth)
        : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

    // Inserts bytes just after a quote, so they land inside a name or a string value.
    private byte[] InsertInString(byte[] bytes, byte[] insert)
    {
        var quotes = bytes.Select((b, i) => (b, i)).Where(p => p.b == (byte)'"').Select(p => p.i).ToList();
        if (quotes.Count == 0)
        {
            return InsertAnywhere(bytes, insert);
        }
        var at = quotes[_random.Next(quotes.Count)] + 1;
        return [.. bytes[..at], .. insert, .. bytes[at..]];
    }

    private byte[] InsertAnywhere(byte[] bytes, byte[] insert)
    {
        var at = _random.Next(bytes.Length + 1);
        return [.. bytes[..at], .. insert, .. bytes[at..]];
    }

    private byte[] Flip(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = 0; i < 1 + _random.Next(4); i++)
        {
            copy[_random.Next(copy.Length)] = (byte)_random.Next(256);
        }
        return copy;
    }

    private static byte[] Replace(byte[] bytes, string what, string with) =>
        Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace(what, with, StringComparison.Ordinal));

    private static byte[] Gzip(byte[] bytes)
    {
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }
        return compressed.ToArray();
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
