using CiCd.Formats;
using CiCd.Pipeline.Register;
using CiCd.Registry;
using CiCd.Registry.Aliases;
using CiCd.Train;

namespace CiCd.Testing.Workspace;

/// <summary>
/// A production champion for tests that compare with one, made from a trained run: its model and card copied into a
/// folder of their own with the card's test metrics changed and a run id of its own, then registered the way the
/// pipeline registers (the register stage), so the version's metrics, params and files agree with its card.
/// </summary>
public static class DoctoredChampion
{
    /// <summary>The champion card's run id.</summary>
    public const string RunId = "champion-run";

    /// <summary>Registers the doctored copy of <paramref name="trainFolder"/>'s run in <paramref name="registryRoot"/> under production; returns its version.</summary>
    /// <param name="folder">Where the champion's model and card are written (created).</param>
    /// <param name="doctor">Changes the metrics, e.g. a lower ROC AUC.</param>
    public static int Register(string trainFolder, string folder, string registryRoot, string model, Action<Dictionary<string, double>> doctor)
    {
        var card = JsonReport.Read<ModelCard>(Path.Combine(trainFolder, TrainingFiles.CardJson));
        var metrics = card.Metrics.ToDictionary(m => m.Key, m => m.Value);
        doctor(metrics);
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(trainFolder, TrainingFiles.Model), Path.Combine(folder, TrainingFiles.Model), overwrite: true);
        JsonReport.Write(Path.Combine(folder, TrainingFiles.CardJson), card with { RunId = RunId, Metrics = metrics });
        var registry = new ModelRegistry(new RegistryOptions { Root = registryRoot });
        return new RegisterStage(registry).Run(model, folder, gateFolder: null, ModelAliases.Production).Version.Version;
    }
}
