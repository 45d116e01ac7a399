using System.Globalization;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Registry.Aliases;
using CiCd.Registry.Versions;
using CiCd.Storage;

namespace CiCd.Registry.Documents;

/// <summary>
/// What JSON alone cannot say about a registry file: its format and model name, unique positive versions, files that
/// stay inside their version's folder with a sha256 each, aliases and history that point at registered versions. A
/// hand-edit or a hostile file is refused at the line and column of the field, before any command acts on it.
/// </summary>
internal static class RegistryFileCheck
{
    public static void Check(string path, byte[] json, RegisteredModel model)
    {
        var fail = Failure(path, json);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Require(model.Format == RegisteredModel.CurrentFormat, "$.format", $"format {model.Format} is not the format {RegisteredModel.CurrentFormat} this mlops reads", fail);
        Require(model.Model == Path.GetFileName(folder), "$.model", $"model '{model.Model}' is not the name of its folder '{Path.GetFileName(folder)}'", fail);
        var numbers = new HashSet<int>();
        for (var i = 0; i < model.Versions.Count; i++)
        {
            var at = $"$.versions[{I(i)}]";
            var version = model.Versions[i];
            Require(version is not null, at, "a version is null", fail);
            Require(version!.Version >= 1, $"{at}.version", $"version {version.Version} is not positive", fail);
            Require(numbers.Add(version.Version), $"{at}.version", $"version {version.Version} is listed more than once", fail);
            CheckVersion(folder, version, at, fail);
        }
        foreach (var (alias, version) in model.Aliases)
        {
            Require(ModelAliases.All.Contains(alias), $"$.aliases.{alias}", $"alias '{alias}' is not one of {string.Join(", ", ModelAliases.All)}", fail);
            Require(numbers.Contains(version), $"$.aliases.{alias}", $"alias '{alias}' points at version {version}, which is not registered", fail);
        }
        for (var i = 0; i < model.History.Count; i++)
        {
            var at = $"$.history[{I(i)}]";
            var change = model.History[i];
            Require(change is not null, at, "a history entry is null", fail);
            Require(ModelAliases.All.Contains(change!.Alias), $"{at}.alias", $"alias '{change.Alias}' is not one of {string.Join(", ", ModelAliases.All)}", fail);
            Require(Enum.IsDefined(change.Kind), $"{at}.kind", $"unknown kind {change.Kind}", fail);
            Require(numbers.Contains(change.To), $"{at}.to", $"the history moves '{change.Alias}' to version {change.To}, which is not registered", fail);
            Require(change.From is null || numbers.Contains(change.From.Value), $"{at}.from",
                $"the history moves '{change.Alias}' from version {change.From}, which is not registered", fail);
        }
    }

    private static void CheckVersion(string folder, ModelVersion version, string at, Func<string, string, InputException> fail)
    {
        List<(string Field, string? File, string? Sha)> files =
        [
            ("model_file", version.ModelFile, version.ModelSha256),
            ("card_file", version.CardFile, version.CardSha256),
        ];
        if (version.DriftReference is { } drift)
        {
            files.Add(("drift_reference.profile_file", drift.ProfileFile, drift.ProfileSha256));
            Require(drift.PredictionsFile is null == drift.PredictionsSha256 is null, $"{at}.drift_reference.predictions_file",
                "predictions_file and predictions_sha256 go together: give both or neither", fail);
            if (drift.PredictionsFile is not null)
            {
                files.Add(("drift_reference.predictions_file", drift.PredictionsFile, drift.PredictionsSha256));
            }
        }
        if (version.DataProfile is { } dataProfile)
        {
            files.Add(("data_profile.file", dataProfile.File, dataProfile.Sha256));
        }
        foreach (var (field, file, sha) in files)
        {
            Require(file is not null && VersionFiles.IsInside(folder, version.Version, file), $"{at}.{field}",
                $"{field} '{file}' is not a file inside the version's folder v{version.Version}/", fail);
            var shaField = field.EndsWith(".file", StringComparison.Ordinal) ? field[..^4] + "sha256" : field.Replace("_file", "_sha256", StringComparison.Ordinal);
            Require(sha is not null && ContentHash.IsValid(sha), $"{at}.{shaField}", $"{shaField} is not a sha256 (64 lowercase hex digits)", fail);
        }
        foreach (var (name, value) in version.Params)
        {
            Require(value is not null, $"{at}.params.{name}", $"param '{name}' is null", fail);
        }
        foreach (var (name, values) in version.FoldMetrics)
        {
            Require(values is not null, $"{at}.fold_metrics.{name}", $"the fold values of '{name}' are null", fail);
        }
        Require(version.ImageDigest is null || ImageDigest.IsValid(version.ImageDigest), $"{at}.image_digest",
            "not an image digest (sha256: followed by 64 lowercase hex digits)", fail);
    }

    private static Func<string, string, InputException> Failure(string path, byte[] json) => (field, problem) =>
    {
        var (line, column) = JsonPositions.Of(json).At(field);
        return new InputException(path, line, column, problem);
    };

    private static void Require(bool holds, string field, string problem, Func<string, string, InputException> fail)
    {
        if (!holds)
        {
            throw fail(field, problem);
        }
    }

    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);
}
