using System.Text.Json;

namespace CiCd.GitHub.Api;

/// <summary>Reads the few fields the pipeline needs from GitHub's answers, tolerating absent or null ones.</summary>
public static class JsonFields
{
    /// <summary>A string property, or null.</summary>
    public static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A required numeric id (comments, issues and releases all carry one).</summary>
    public static long Id(JsonElement element, string property = "id") =>
        element.TryGetProperty(property, out var value) && value.TryGetInt64(out var id)
            ? id
            : throw new JsonException($"GitHub's answer has no numeric '{property}'");
}
