using System.Globalization;
using System.Text.Json;
using CiCd.Errors;
using CiCd.Registry.Documents;
using CiCd.Storage;

namespace CiCd.Registry.Versions;

/// <summary>Copies a version's model, card and drift reference into its folder, and checks them against their hashes on load.</summary>
internal static class VersionFiles
{
    public const string ModelFileName = "model.zip";
    public const string CardFileName = "card.json";
    public const string ProfileFileName = "reference-profile.json";
    public const string PredictionsFileName = "test-predictions.csv";
    public const string DataProfileFileName = "data-profile.json";

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
        foreach (var optional in new[] { request.ReferenceProfileFile, request.PredictionsFile })
        {
            if (optional is not null && !File.Exists(optional))
            {
                throw new InputException(optional, null, null, "the drift reference file to register does not exist");
            }
        }
        if (request.DataProfileFile is { } dataProfile && !File.Exists(dataProfile))
        {
            throw new InputException(dataProfile, null, null, "the data profile file to register does not exist");
        }
        if (request.PredictionsFile is not null && request.ReferenceProfileFile is null)
        {
            throw new InputException(request.PredictionsFile, null, null, "test predictions are kept only with a reference profile; give both or neither");
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
    public static (string Model, string ModelSha, string Card, string CardSha, DriftReferenceFiles? Drift, VersionFile? DataProfile) CopyIn(
        string modelFolder, int version, RegistrationRequest request)
    {
        var relative = $"v{version}";
        var folder = Path.Combine(modelFolder, relative);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        var model = Copy(request.ModelFile, Path.Combine(folder, ModelFileName));
        var card = Copy(request.CardFile, Path.Combine(folder, CardFileName));
        DriftReferenceFiles? drift = null;
        if (request.ReferenceProfileFile is { } profile)
        {
            var profileSha = Copy(profile, Path.Combine(folder, ProfileFileName));
            var predictionsSha = request.PredictionsFile is { } predictions ? Copy(predictions, Path.Combine(folder, PredictionsFileName)) : null;
            drift = new DriftReferenceFiles($"{relative}/{ProfileFileName}", profileSha,
                predictionsSha is null ? null : $"{relative}/{PredictionsFileName}", predictionsSha);
        }
        var dataProfile = request.DataProfileFile is { } source
            ? new VersionFile($"{relative}/{DataProfileFileName}", Copy(source, Path.Combine(folder, DataProfileFileName)))
            : null;
        return ($"{relative}/{ModelFileName}", model, $"{relative}/{CardFileName}", card, drift, dataProfile);
    }

    /// <summary>Whether <paramref name="relativePath"/> names a file inside <c>v{version}/</c> of <paramref name="modelFolder"/>.</summary>
    public static bool IsInside(string modelFolder, int version, string relativePath)
    {
        if (relativePath.Length == 0 || Path.IsPathRooted(relativePath))
        {
            return false;
        }
        var folder = Path.GetFullPath(Path.Combine(modelFolder, $"v{version.ToString(CultureInfo.InvariantCulture)}")) + Path.DirectorySeparatorChar;
        return Path.GetFullPath(Path.Combine(modelFolder, relativePath)).StartsWith(folder, StringComparison.Ordinal);
    }

    public static string Verified(string modelFolder, string model, int version, string relativePath, string expectedSha)
    {
        // The registry file's check refuses such paths on load; this keeps a caller that skipped it from opening /etc/passwd.
        if (!IsInside(modelFolder, version, relativePath))
        {
            throw new InputException($"model '{model}' version {version}: '{relativePath}' is not a file inside the version's folder v{version}/");
        }
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
