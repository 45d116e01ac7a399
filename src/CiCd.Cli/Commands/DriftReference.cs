using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Registry;
using CiCd.Reports;
using CiCd.Train;

namespace CiCd.Cli.Commands;

/// <summary>Where the drift reference comes from: a profile file, a training output folder, or a registered model version.</summary>
/// <param name="ProfilePath">The reference-profile.json.</param>
/// <param name="Card">The model card next to it, when there is one (classes, threshold).</param>
/// <param name="PredictionsPath">The training predictions next to it, when there are some.</param>
internal sealed record DriftReference(string ProfilePath, ModelCard? Card, string? PredictionsPath)
{
    /// <summary>Resolves <c>--reference</c> (a file or folder) or <c>--model name@alias</c> through the registry.</summary>
    public static DriftReference Resolve(string reference, string? model, RegistryConfig registry)
    {
        if (model is not null)
        {
            return FromRegistry(model, registry);
        }
        if (Directory.Exists(reference))
        {
            return FromFolder(reference, Path.Combine(reference, TrainingFiles.CardJson));
        }
        if (File.Exists(reference))
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(reference))!;
            return new DriftReference(reference, ReadCard(Path.Combine(folder, TrainingFiles.CardJson)), Predictions(folder));
        }
        throw new InputException(reference, null, null,
            "reference not found: give a reference-profile.json or the folder 'mlops train' wrote (default out/train); run 'mlops train' first");
    }

    private static DriftReference FromFolder(string folder, string cardPath)
    {
        var profile = Path.Combine(folder, TrainingFiles.ReferenceProfile);
        if (!File.Exists(profile))
        {
            throw new InputException(profile, null, null,
                $"no reference profile in {folder}; 'mlops train' writes it next to the model card (rerun it to add the profile to an older output)");
        }
        return new DriftReference(profile, ReadCard(cardPath), Predictions(folder));
    }

    private static DriftReference FromRegistry(string model, RegistryConfig registry)
    {
        var at = model.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == model.Length - 1)
        {
            throw new InputException($"--model: expected <name>@<alias or version> such as {registry.Model}@production, found '{model}'");
        }
        var loaded = new ModelRegistry(new RegistryOptions { Root = registry.Root }).Load(model[..at], model[(at + 1)..]);
        var folder = Path.GetDirectoryName(loaded.CardPath)!;
        if (!File.Exists(Path.Combine(folder, TrainingFiles.ReferenceProfile)))
        {
            throw new InputException(folder, null, null,
                $"model {model} (version {loaded.Version.Version}) has no {TrainingFiles.ReferenceProfile}: the registry keeps only the model and its card so far; " +
                "pass --reference with the training output folder instead");
        }
        return FromFolder(folder, loaded.CardPath);
    }

    private static ModelCard? ReadCard(string path) => File.Exists(path) ? JsonReport.Read<ModelCard>(path) : null;

    private static string? Predictions(string folder)
    {
        var path = Path.Combine(folder, TrainingFiles.Predictions);
        return File.Exists(path) ? path : null;
    }
}
