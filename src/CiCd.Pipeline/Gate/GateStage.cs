using CiCd.Configuration;
using CiCd.Formats;
using CiCd.Gate;
using CiCd.Gate.Paired;
using CiCd.Registry;
using CiCd.Registry.Aliases;
using CiCd.Storage;
using CiCd.Train;

namespace CiCd.Pipeline.Gate;

/// <summary>
/// The gate stage: checks a candidate's card against the thresholds and the champion (given, configured, or
/// the registry's production version), writes the report, and blesses the candidate's run when it passes.
/// </summary>
public sealed class GateStage(MlopsConfig config)
{
    /// <summary>Gates the card at <paramref name="candidatePath"/> and writes the report into <paramref name="outputFolder"/>.</summary>
    public GateReport Run(string candidatePath, string? championPath, string outputFolder)
    {
        var champion = championPath ?? config.Gates.ChampionCard ?? ProductionCard(config.Registry);
        var candidateCard = JsonReport.Read<ModelCard>(candidatePath);
        // The champion is scored on the candidate's own test rows when its model can read them (a paired comparison).
        var paired = champion is null ? null
            : new ChampionOnCandidateRows(config).Compare(candidatePath, candidateCard, champion, JsonReport.Read<ModelCard>(champion));
        var report = GateEvaluator.Evaluate(config.Gates, GateMetrics.From(candidatePath, candidateCard), paired?.Champion) with
        {
            Comparison = paired?.Comparison,
        };
        Write(outputFolder, report);
        return report;
    }

    // The champion is whatever holds the production alias; its files are verified against their sha256 on load.
    private static string? ProductionCard(RegistryConfig registry)
    {
        var models = new ModelRegistry(new RegistryOptions { Root = registry.Root });
        return models.FindByAlias(registry.Model) is null ? null : models.Load(registry.Model, ModelAliases.Production).CardPath;
    }

    private static void Write(string folder, GateReport report)
    {
        JsonReport.Write(Path.Combine(folder, GateFiles.Json), report);
        AtomicFile.WriteAllText(Path.Combine(folder, GateFiles.Markdown), GateMarkdown.Render(report));
        var blessing = Path.Combine(folder, GateFiles.Blessing);
        if (report.Passed)
        {
            AtomicFile.WriteAllText(blessing, report.CandidateRunId + "\n");
        }
        else if (File.Exists(blessing))
        {
            File.Delete(blessing);
        }
    }
}
