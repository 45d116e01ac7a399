using CiCd.Errors;
using CiCd.Formats;
using CiCd.Gate;
using CiCd.Pipeline.Train;
using CiCd.Registry;
using CiCd.Registry.Versions;
using CiCd.Tracking.Recording;
using CiCd.Train;

namespace CiCd.Pipeline.Register;

/// <summary>
/// The register stage: files a trained, gate-blessed model (with its drift reference) as a new immutable
/// version, with the run's params, test metrics and per-fold CV metrics, and optionally points an alias at it.
/// </summary>
public sealed class RegisterStage(ModelRegistry registry)
{
    /// <summary>Registers the run in <paramref name="trainFolder"/> as a version of <paramref name="model"/>.</summary>
    /// <param name="model">The registered model's name.</param>
    /// <param name="trainFolder">The training output folder.</param>
    /// <param name="gateFolder">The gate output folder whose blessing must name the run; null registers without it (tagged).</param>
    /// <param name="alias">An alias to point at the new version, if any.</param>
    public RegisterOutcome Run(string model, string trainFolder, string? gateFolder, string? alias = null)
    {
        // Checked in full here: a card with a duplicate or null feature would be refused by every service that loads it.
        var card = ModelCardFile.Read(Path.Combine(trainFolder, TrainingFiles.CardJson));
        if (gateFolder is not null)
        {
            RequireBlessing(Path.Combine(gateFolder, GateFiles.Blessing), card.RunId);
        }
        var outputs = TrainingRunRecord.Outputs(card, trainFolder, cached: false);
        var version = registry.Register(new RegistrationRequest
        {
            Model = model,
            ModelFile = Path.Combine(trainFolder, TrainingFiles.Model),
            CardFile = Path.Combine(trainFolder, TrainingFiles.CardJson),
            RunId = card.RunId,
            Params = gateFolder is null ? new Dictionary<string, string>(outputs.Params) { ["gate"] = "skipped" } : outputs.Params,
            Metrics = card.Metrics.Where(m => double.IsFinite(m.Value)).ToDictionary(),
            FoldMetrics = card.CvMetrics.Keys.ToDictionary(name => name, name => (IReadOnlyList<double>)card.CvFolds.Select(f => f[name]).ToList()),
            DataFingerprint = card.Data.Fingerprint,
            GitCommit = GitState.Read(Directory.GetCurrentDirectory()).Commit,
            ReferenceProfileFile = Existing(trainFolder, TrainingFiles.ReferenceProfile),
            DataProfileFile = Existing(trainFolder, TrainingFiles.DataProfile),
            PredictionsFile = Existing(trainFolder, TrainingFiles.ReferenceProfile) is null ? null : Existing(trainFolder, TrainingFiles.Predictions),
            Alias = alias,
        });
        return new RegisterOutcome(version, card);
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
