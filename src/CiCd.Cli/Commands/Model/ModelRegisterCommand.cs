using System.CommandLine;
using CiCd.Errors;
using CiCd.Gate;
using CiCd.Registry.Versions;
using CiCd.Reports;
using CiCd.Tracking.Recording;
using CiCd.Train;
using Spectre.Console;

namespace CiCd.Cli.Commands.Model;

/// <summary>`mlops model register`: files a trained, gate-blessed model (with its drift reference) as a new immutable version.</summary>
internal static class ModelRegisterCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var target = new ModelTarget();
        var from = new Option<string>("--from") { Description = "The training output folder.", DefaultValueFactory = _ => "out/train" };
        var gate = new Option<string>("--gate") { Description = "The gate output folder whose BLESSED marker must name this run.", DefaultValueFactory = _ => "out/gate" };
        var unblessed = new Option<bool>("--skip-gate-check") { Description = "Register even without the gate's blessing (recorded as a tag in the params)." };
        var alias = new Option<string?>("--alias") { Description = "Also point this alias (development, certification, production) at the new version." };
        var json = CommonOptions.Json();
        var command = new Command("register", "Register the trained model as a new version.") { from, gate, unblessed, alias, json };
        target.AddTo(command);
        command.SetAction(parse =>
        {
            var folder = parse.GetRequiredValue(from);
            // Checked in full here: a card with a duplicate or null feature would be refused by every service that loads it.
            var card = ModelCardFile.Read(Path.Combine(folder, TrainingFiles.CardJson));
            var skipped = parse.GetValue(unblessed);
            if (!skipped)
            {
                RequireBlessing(Path.Combine(parse.GetRequiredValue(gate), GateFiles.Blessing), card.RunId);
            }
            var (registry, model) = target.Resolve(parse);
            var outputs = TrainingRunRecord.Outputs(card, folder, cached: false);
            var version = registry.Register(new RegistrationRequest
            {
                Model = model,
                ModelFile = Path.Combine(folder, TrainingFiles.Model),
                CardFile = Path.Combine(folder, TrainingFiles.CardJson),
                RunId = card.RunId,
                Params = skipped ? new Dictionary<string, string>(outputs.Params) { ["gate"] = "skipped" } : outputs.Params,
                Metrics = card.Metrics.Where(m => double.IsFinite(m.Value)).ToDictionary(),
                FoldMetrics = card.CvMetrics.Keys.ToDictionary(name => name, name => (IReadOnlyList<double>)card.CvFolds.Select(f => f[name]).ToList()),
                DataFingerprint = card.Data.Fingerprint,
                GitCommit = GitState.Read(Directory.GetCurrentDirectory()).Commit,
                ReferenceProfileFile = Existing(folder, TrainingFiles.ReferenceProfile),
                PredictionsFile = Existing(folder, TrainingFiles.ReferenceProfile) is null ? null : Existing(folder, TrainingFiles.Predictions),
            });
            if (parse.GetValue(alias) is { } name)
            {
                registry.Promote(model, version.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), name, $"registered from run {card.RunId}");
            }
            if (parse.GetValue(json))
            {
                console.WriteLine(JsonReport.Serialize(version));
            }
            else
            {
                console.MarkupLine($"registered [bold]{Markup.Escape(model)}[/] version [bold]{version.Version}[/] from run {Markup.Escape(card.RunId)} (model sha256 {version.ModelSha256[..12]}…)");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    // The drift reference travels with the version when training wrote it; older outputs register without it.
    private static string? Existing(string folder, string file) => File.Exists(Path.Combine(folder, file)) ? Path.Combine(folder, file) : null;

    // The gate ran and said no: say that, and why, rather than asking for a gate that already ran.
    private static string? FailedGate(string marker, string runId)
    {
        var verdict = Path.Combine(Path.GetDirectoryName(marker) ?? ".", GateFiles.Json);
        if (!File.Exists(verdict) || JsonReport.Read<GateReport>(verdict) is not { Passed: false } report || report.CandidateRunId != runId)
        {
            return null;
        }
        var reasons = string.Join("; ", report.Failures.Select(f => $"{f.Metric} {f.Rule}: {f.Reason}"));
        return $"{verdict}: the gate ran for run {runId} and failed ({reasons}); a failed candidate is not registered " +
            "(change the data, the candidates or the gates and train again, or pass --skip-gate-check)";
    }

    private static void RequireBlessing(string marker, string runId)
    {
        var blessed = File.Exists(marker) ? File.ReadAllText(marker).Trim() : null;
        if (blessed != runId)
        {
            throw new MlopsException(blessed is null
                ? FailedGate(marker, runId) ?? $"{marker}: no blessing; run 'mlops gate' first (or pass --skip-gate-check)"
                : $"{marker}: the gate blessed run {blessed}, not {runId}; gate this run first", ExitCodes.CheckFailed);
        }
    }
}
