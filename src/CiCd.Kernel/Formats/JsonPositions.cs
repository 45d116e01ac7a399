using System.Globalization;
using System.Text.Json;

namespace CiCd.Formats;

/// <summary>
/// Where each member and element of a JSON document starts, by path (<c>$.versions[2].model_file</c>), as a 1-based line
/// and byte column: a check that runs on the deserialized object can still point at the text it refuses.
/// </summary>
public sealed class JsonPositions
{
    private readonly Dictionary<string, (int Line, int Column)> _at = new(StringComparer.Ordinal);

    private JsonPositions()
    {
    }

    /// <summary>Maps every path of <paramref name="utf8"/>, a document that already parsed.</summary>
    public static JsonPositions Of(ReadOnlySpan<byte> utf8)
    {
        var positions = new JsonPositions();
        var lines = LineStarts(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        // Each open container: its path, whether it is an array, and the index of its next element.
        var open = new Stack<(string Path, bool Array, int Next)>();
        string? member = null;
        while (reader.Read())
        {
            var at = Locate(lines, reader.TokenStartIndex);
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                member = $"{open.Peek().Path}.{reader.GetString()}";
                positions._at.TryAdd(member, at);
                continue;
            }
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                open.Pop();
                continue;
            }
            var path = "$";
            if (open.Count > 0 && open.Peek().Array)
            {
                var array = open.Pop();
                path = $"{array.Path}[{array.Next.ToString(CultureInfo.InvariantCulture)}]";
                open.Push(array with { Next = array.Next + 1 });
                positions._at.TryAdd(path, at);
            }
            else if (member is not null)
            {
                path = member;
            }
            else
            {
                positions._at.TryAdd(path, at);
            }
            member = null;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                open.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
            }
        }
        return positions;
    }

    /// <summary>The line and column of <paramref name="path"/>, else of the nearest enclosing path found, else 1:1.</summary>
    public (int Line, int Column) At(string path)
    {
        for (var probe = path; probe.Length > 0; probe = Parent(probe))
        {
            if (_at.TryGetValue(probe, out var found))
            {
                return found;
            }
        }
        return (1, 1);
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut > 0 ? path[..cut] : "";
    }

    private static List<int> LineStarts(ReadOnlySpan<byte> utf8)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }
        return starts;
    }

    private static (int Line, int Column) Locate(List<int> lines, long offset)
    {
        var index = lines.BinarySearch((int)offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, (int)offset - lines[line] + 1);
    }
}
