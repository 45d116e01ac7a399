using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Gate;
using CiCd.Gate.Paired;
using CiCd.Registry;
using CiCd.Registry.Aliases;
using CiCd.Reports;
using CiCd.Storage;
using CiCd.Train;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>`mlops gate`: checks a candidate's card against thresholds and the champion; exits 1 on any failure.</summary>
internal static class GateCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var config = CommonOptions.Config();
        var candidate = new Option<string>("--candidate") { Description = "The candidate's model card.", DefaultValueFactory = _ => "out/train/model-card.json" };
        var champion = new Option<string?>("--champion") { Description = "The champion's model card (default: gates.champion.card in the config, else the registry's production version)." };
        var output = CommonOptions.Out("out/gate");
        var json = CommonOptions.Json();
        var command = new Command("gate", "Gate a trained candidate against metric thresholds and the champion.") { config, candidate, champion, output, json };
        command.SetAction(parse =>
        {
            var pipeline = ConfigLoader.Load(parse.GetRequiredValue(config));
            var candidatePath = parse.GetRequiredValue(candidate);
            var championPath = parse.GetValue(champion) ?? pipeline.Gates.ChampionCard ?? ProductionCard(pipeline.Registry);
            var candidateCard = JsonReport.Read<ModelCard>(candidatePath);
            // The champion is scored on the candidate's own test rows when its model can read them (a paired comparison).
            var paired = championPath is null ? null
                : new ChampionOnCandidateRows(pipeline).Compare(candidatePath, candidateCard, championPath, JsonReport.Read<ModelCard>(championPath));
            var report = GateEvaluator.Evaluate(pipeline.Gates, GateMetrics.From(candidatePath, candidateCard), paired?.Champion) with
            {
                Comparison = paired?.Comparison,
            };
            Write(parse.GetRequiredValue(output), report);
            if (parse.GetValue(json))
            {
                console.WriteLine(JsonReport.Serialize(report));
            }
            else
            {
                GateRenderer.Render(console, report);
            }
            return report.Passed ? ExitCodes.Ok : ExitCodes.CheckFailed;
        });
        return command;
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
