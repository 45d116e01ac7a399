using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Registry;
using CiCd.Registry.Versions;
using CiCd.Train;

namespace CiCd.Pipeline.Drift;

/// <summary>Where the drift reference comes from: a profile file, a training output folder, or a registered model version.</summary>
/// <param name="ProfilePath">The reference-profile.json.</param>
/// <param name="Card">The model card next to it, when there is one (classes, threshold).</param>
/// <param name="PredictionsPath">The training predictions next to it, when there are some.</param>
public sealed record DriftReference(string ProfilePath, ModelCard? Card, string? PredictionsPath)
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
        var reference = VersionReference.Parse(model);
        var loaded = new ModelRegistry(new RegistryOptions { Root = registry.Root }).LoadReference(reference.Model, reference.Selector);
        if (loaded.ProfilePath is not { } profile)
        {
            throw new InputException(Path.GetDirectoryName(loaded.CardPath)!, null, null,
                $"model {model} (version {loaded.Version.Version}) has no {TrainingFiles.ReferenceProfile}: it was registered before the registry kept " +
                "drift references; pass --reference with the training output folder instead, or register the model again");
        }
        return new DriftReference(profile, ReadCard(loaded.CardPath), loaded.PredictionsPath);
    }

    private static ModelCard? ReadCard(string path) => File.Exists(path) ? JsonReport.Read<ModelCard>(path) : null;

    private static string? Predictions(string folder)
    {
        var path = Path.Combine(folder, TrainingFiles.Predictions);
        return File.Exists(path) ? path : null;
    }
}
