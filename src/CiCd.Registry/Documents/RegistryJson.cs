using System.Text.Json;
using System.Text.Json.Serialization;

namespace CiCd.Registry.Documents;

/// <summary>The registry's JSON dialect: snake_case, indented for diffs, strict about nulls, required fields and duplicate keys.</summary>
internal static class RegistryJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        // A key given twice would otherwise keep its last value silently: a hand-edit or a hostile file says two things.
        AllowDuplicateProperties = false,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };
}
