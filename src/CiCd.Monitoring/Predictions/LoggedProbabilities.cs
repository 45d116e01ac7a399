using System.Text.Json;
using CiCd.Errors;
using CiCd.Monitoring.Log;

namespace CiCd.Monitoring.Predictions;

/// <summary>Reads the class probabilities of a logged answer (<c>probabilities_json</c>: class → probability).</summary>
internal static class LoggedProbabilities
{
    /// <summary>Probabilities in class order (NaN for a class not given); null when the answer has none.</summary>
    public static double[]? Read(string source, PredictionRecord record, IReadOnlyList<string> classes)
    {
        if (string.IsNullOrWhiteSpace(record.OutputJson))
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(record.OutputJson);
            var probabilities = document.RootElement;
            if (probabilities.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            return [.. classes.Select(c => probabilities.TryGetProperty(c, out var p) && p.ValueKind == JsonValueKind.Number ? p.GetDouble() : double.NaN)];
        }
        catch (JsonException e)
        {
            throw new InputException(source, null, null, $"request '{record.RequestId}': {PredictionLogLayout.OutputJson} is not valid JSON: {e.Message}", e);
        }
    }
}
