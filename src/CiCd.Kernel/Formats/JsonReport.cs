using System.Text.Json;
using System.Text.Json.Serialization;
using CiCd.Storage;

namespace CiCd.Formats;

/// <summary>The one JSON shape for every machine-readable result: snake_case names, enums as snake_case text, indented.</summary>
public static class JsonReport
{
    /// <summary>Serializer settings shared by every report, card and result file.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>The value as indented JSON text.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Writes the value as JSON to <paramref name="path"/>, atomically.</summary>
    public static void Write<T>(string path, T value) => AtomicFile.WriteAllText(path, Serialize(value) + "\n");

    /// <summary>Reads a JSON file written by <see cref="Write{T}"/>; bad JSON is an input error naming file, line and field.</summary>
    public static T Read<T>(string path)
    {
        if (!File.Exists(path))
        {
            throw new Errors.InputException(path, null, null, "file not found");
        }
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options)
                ?? throw new Errors.InputException(path, 1, null, "the file holds JSON null");
        }
        catch (JsonException e)
        {
            throw new Errors.InputException(path, (int?)e.LineNumber + 1, (int?)e.BytePositionInLine + 1,
                $"not a valid {typeof(T).Name} ({e.Path}): {e.Message}", e);
        }
    }
}
