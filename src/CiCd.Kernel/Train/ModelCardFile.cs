using System.Text.Json;
using CiCd.Errors;
using CiCd.Formats;

namespace CiCd.Train;

/// <summary>
/// Reads a model card as the registry and the service must: every required field present and not null, no key given
/// twice, and what JSON cannot say checked by <see cref="ModelCardCheck"/>. Every refusal names file, line and column.
/// </summary>
public static class ModelCardFile
{
    private static readonly JsonSerializerOptions Strict = new(JsonReport.Options)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowDuplicateProperties = false,
    };

    /// <summary>The card at <paramref name="path"/>, fully checked; an input error (exit 2) when anything is wrong.</summary>
    public static ModelCard Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, null, null, "model card not found");
        }
        var bytes = File.ReadAllBytes(path);
        ModelCard? card;
        try
        {
            card = JsonSerializer.Deserialize<ModelCard>(bytes, Strict);
        }
        catch (JsonException e)
        {
            throw new InputException(path, (int?)e.LineNumber + 1, (int?)e.BytePositionInLine + 1, $"not a valid model card ({e.Path}): {Cut(e.Message)}", e);
        }
        if (card is null)
        {
            throw new InputException(path, 1, 1, "not a valid model card: the file holds JSON null");
        }
        ModelCardCheck.Check(card, (field, problem) =>
        {
            var (line, column) = JsonPositions.Of(bytes).At(field);
            return new InputException(path, line, column, $"not a valid model card ({field}): {problem}");
        });
        return card;
    }

    // JsonException messages end with "Path: $.x | LineNumber: …", which the location already says.
    private static string Cut(string message) =>
        message.IndexOf(" Path: ", StringComparison.Ordinal) is var cut and > 0 ? message[..cut] : message;
}
