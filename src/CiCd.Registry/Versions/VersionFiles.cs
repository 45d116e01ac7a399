using System.Text.Json;
using CiCd.Errors;
using CiCd.Registry.Documents;
using CiCd.Storage;

namespace CiCd.Registry.Versions;

/// <summary>Copies a version's model and card into its folder, and checks them against their hashes on load.</summary>
internal static class VersionFiles
{
    public const string ModelFileName = "model.zip";
    public const string CardFileName = "card.json";

    public static void RequireInputs(RegistrationRequest request)
    {
        if (!File.Exists(request.ModelFile))
        {
            throw new InputException(request.ModelFile, null, null, "the model file to register does not exist");
        }
        if (!File.Exists(request.CardFile))
        {
            throw new InputException(request.CardFile, null, null, "the model card to register does not exist");
        }
        try
        {
            using var card = JsonDocument.Parse(File.ReadAllBytes(request.CardFile));
        }
        catch (JsonException e)
        {
            throw JsonProblem.At(request.CardFile, e, "the model card is not valid JSON");
        }
    }

    /// <summary>Copies the files into <c>v{N}/</c>, replacing what a crashed writer may have left there.</summary>
    public static (string Model, string ModelSha, string Card, string CardSha) CopyIn(string modelFolder, int version, RegistrationRequest request)
    {
        var relative = $"v{version}";
        var folder = Path.Combine(modelFolder, relative);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        var model = Copy(request.ModelFile, Path.Combine(folder, ModelFileName));
        var card = Copy(request.CardFile, Path.Combine(folder, CardFileName));
        return ($"{relative}/{ModelFileName}", model, $"{relative}/{CardFileName}", card);
    }

    public static string Verified(string modelFolder, string model, int version, string relativePath, string expectedSha)
    {
        var path = Path.Combine(modelFolder, relativePath);
        if (!File.Exists(path))
        {
            throw new MlopsException($"model '{model}' version {version}: {path} is missing");
        }
        var actual = ContentHash.OfFile(path);
        return actual == expectedSha
            ? path
            : throw new MlopsException(
                $"model '{model}' version {version}: {path} is corrupt: its sha256 is {actual}, the registry recorded {expectedSha}");
    }

    private static string Copy(string source, string destination)
    {
        AtomicFile.Write(destination, target =>
        {
            using var input = File.OpenRead(source);
            input.CopyTo(target);
        });
        return ContentHash.OfFile(destination);
    }
}
