using System.Text.Json;
using CiCd.Testing;
using CiCd.Workflows.Tests.Runner;

namespace CiCd.Workflows.Tests.Retrain;

/// <summary>
/// The production loop closed locally, step by step as monitor.yml and retrain.yml run it, each step a separate process
/// in a fresh clone of a bare origin (as the promotion test does): the monitor turns red on labelled production rows,
/// the retraining job snapshots, adopts and pushes a branch, and CI on that branch trains and gates.
/// </summary>
public sealed class RetrainLoopTests : IDisposable
{
    private const int Labelled = 60;
    private const string Monitor = "monitor:\n  performance:\n    roc_auc: { min: 0.6 }\n";

    private readonly GitHubApiServer _github = new();
    private readonly GitWorkspace _checkout = new();
    private readonly GitWorkspace _origin = GitWorkspace.Bare();
    private readonly TempFolder _production = new();
    private int _jobs;

    public void Dispose()
    {
        try
        {
            _github.Dispose();
            _production.Dispose();
        }
        finally
        {
            _checkout.Dispose();
            _origin.Dispose();
        }
    }

    [Fact]
    public void Should_Turn_Red_On_Labelled_Rows_Then_Propose_A_Snapshot_Branch_That_Trains_And_Gates()
    {
        // Given: developer with a performance gate on production rows, a model trained from it, and the log it served
        CreditPipeline.WriteTo(_checkout, l2Regularization: 1);
        var developer = _checkout.Commit("mlops.yaml", File.ReadAllText(Path.Combine(_checkout.Folder, "mlops.yaml")) + Monitor);
        _checkout.Git("remote", "add", "origin", _origin.Folder);
        _checkout.Git("push", "--quiet", "origin", "HEAD:developer");
        var log = _production.PathOf("predictions.sqlite");
        LabelledProductionLog.Write(log, Path.Combine(_checkout.Folder, "data", "german_credit.csv"), Labelled);
        var monitor = Job("developer", developer);
        // The model production served: the pipeline as other tests of the run train it, so restored from their stage cache.
        CreditPipeline.Train(arguments => Step(monitor, 0, arguments));

        // When: the monitor (monitor.yml's drift job) reads the log and its labels
        var drift = monitor.Run("drift", "--config", "mlops.yaml", "--reference", "out/train", "--log", log, "--out", "out/drift");

        // Then: red, because of the performance gate on labelled rows
        Assert.True(drift.ExitCode == 1, drift.ToString());
        var performance = JsonDocument.Parse(File.ReadAllText(Path.Combine(monitor.Workspace, "out", "drift", "drift.json"))).RootElement.GetProperty("performance");
        Assert.Equal(Labelled, performance.GetProperty("labelled_rows").GetInt32());
        var check = Assert.Single(performance.GetProperty("checks").EnumerateArray());
        Assert.Equal(("roc_auc", false), (check.GetProperty("metric").GetString(), check.GetProperty("passed").GetBoolean()));

        // When: retrain.yml's snapshot job on developer, its steps as separate processes
        var retrain = Job("developer", developer);
        Step(retrain, 0, "data", "snapshot", "--config", "mlops.yaml", "--base", "data/german_credit.csv", "--log", log,
            "--labels-only", "--since", "2026-11-01", "--out", "out/retrain/german_credit.csv");
        var adopt = JsonDocument.Parse(Step(retrain, 0, "data", "adopt", "out/retrain/german_credit.csv", "--config", "mlops.yaml",
            "--tag", "retrain-4242", "--json").Output).RootElement;
        var job = new GitWorkspace(retrain.Workspace);
        job.Git("switch", "--quiet", "--create", "retrain/4242");
        job.Git(["add", "--", .. adopt.GetProperty("changed").EnumerateArray().Select(e => e.GetString()!)]);
        job.Git("-c", "user.name=bot", "-c", "user.email=bot@example.test", "commit", "--quiet", "--message", "Retrain on labelled production rows");
        job.Git("push", "--quiet", "origin", "HEAD:refs/heads/retrain/4242");

        // Then: the origin has the branch, one commit on developer holding the data file and its provenance
        var branch = _origin.Git("rev-parse", "refs/heads/retrain/4242").Trim();
        Assert.Equal(developer, _origin.Git("rev-parse", $"{branch}^").Trim());
        Assert.Equal(["data/german_credit.csv", "data/german_credit.provenance.json"],
            _origin.Git("show", "--name-only", "--format=", branch).Split('\n', StringSplitOptions.RemoveEmptyEntries).Order());
        var provenance = JsonDocument.Parse(_origin.Git("show", $"{branch}:data/german_credit.provenance.json")).RootElement;
        var production = provenance.GetProperty("production");
        Assert.Equal((Labelled, Labelled, Labelled), (production.GetProperty("predictions").GetInt32(), production.GetProperty("labelled").GetInt32(), production.GetProperty("added").GetInt32()));
        Assert.Equal(Labelled, production.GetProperty("added_per_model_version").GetProperty("1").GetInt32());
        Assert.Equal(1000 + Labelled, provenance.GetProperty("rows").GetInt32());
        Assert.Equal("committed", adopt.GetProperty("mode").GetString());

        // When: CI on the pull request's branch, in a fresh clone
        var ci = Job("retrain/4242", branch);
        Step(ci, 0, "data", "validate", "--config", "mlops.yaml");
        Step(ci, 0, "train", "--no-track");
        var gate = ci.Run("gate", "--config", "mlops.yaml");

        // Then: the candidate was trained on the snapshot (its fingerprint) and the gate ran on it
        Assert.True(gate.ExitCode == 0, gate.ToString());
        var card = JsonDocument.Parse(File.ReadAllText(Path.Combine(ci.Workspace, "out", "train", "model-card.json"))).RootElement;
        Assert.Equal(provenance.GetProperty("fingerprint").GetString(), card.GetProperty("data").GetProperty("fingerprint").GetString());
    }

    private RunnerEnvironment Job(string branch, string commit)
    {
        var folder = Path.Combine(_checkout.Folder, ".runner", $"job-{Interlocked.Increment(ref _jobs)}");
        _checkout.Git("clone", "--quiet", _origin.Folder, folder);
        var job = new GitWorkspace(folder);
        job.Git("checkout", "--quiet", commit);
        job.Git("config", "user.email", "bot@example.test");
        return new RunnerEnvironment(folder, _github) { RefName = branch, Sha = commit, EventName = "workflow_dispatch" };
    }

    private static StepResult Step(RunnerEnvironment runner, int exitCode, params string[] arguments)
    {
        var step = runner.Run(arguments);
        Assert.True(step.ExitCode == exitCode, $"on {runner.RefName}: mlops {string.Join(' ', arguments)}: {step}");
        return step;
    }
}
