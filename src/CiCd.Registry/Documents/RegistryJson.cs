using System.Text.Json;
using System.Text.Json.Serialization;

namespace CiCd.Registry.Documents;

/// <summary>The registry's JSON dialect: snake_case, indented for diffs, strict about nulls and required fields.</summary>
internal static class RegistryJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };
}
