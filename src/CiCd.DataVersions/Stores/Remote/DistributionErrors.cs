using System.Text.Json;

namespace CiCd.DataVersions.Stores.Remote;

/// <summary>The <c>errors[].message</c> a registry puts in a refusal, as ": message" (empty when there is none).</summary>
internal static class DistributionErrors
{
    public static async Task<string> ReadAsync(HttpResponseMessage response, CancellationToken cancel)
    {
        var text = await response.Content.ReadAsStringAsync(cancel);
        try
        {
            using var body = JsonDocument.Parse(text);
            var messages = body.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
                ? errors.EnumerateArray()
                    .Select(e => e.TryGetProperty("message", out var m) ? m.GetString() : null)
                    .OfType<string>()
                    .ToList()
                : [];
            return messages.Count == 0 ? "" : ": " + string.Join("; ", messages);
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
