using System.Diagnostics;
using System.Text.Json;
using CiCd.Testing;
using CiCd.Workflows.Tests.Model;

namespace CiCd.Workflows.Tests.Runner;

/// <summary>
/// The opt-in sharded search as ci.yml runs it, on this machine: the plan job's command, each matrix job's command in
/// a checkout of its own (as separate processes, at once), the artifacts handed over one folder each as
/// download-artifact leaves them, and the merge in another checkout; the result is compared with one `mlops train`.
/// </summary>
public sealed class ShardedTrainingStepsTests : IDisposable
{
    private const string Config = CreditPipeline.DatasetSection + """
        training:
          seed: 42
          folds: 3
          primary_metric: roc_auc
          shards: 3
          candidates:
            - trainer: logistic_regression
              space:
                l2_regularization: [1, 20]
            - trainer: light_gbm
              space:
                number_of_iterations: [30]

        """;

    private static readonly Workflow Ci = Workflow.Load("ci.yml");
    private readonly GitWorkspace _origin = new();
    private readonly List<string> _checkouts = [];

    public ShardedTrainingStepsTests()
    {
        Directory.CreateDirectory(Path.Combine(_origin.Folder, "data"));
        File.Copy(RepositoryRoot.PathOf("data/raw/german_credit.csv"), Path.Combine(_origin.Folder, "data", "german_credit.csv"));
        File.WriteAllText(Path.Combine(_origin.Folder, ".gitignore"), "out/\n.mlops/\n");
        _origin.Commit("mlops.yaml", Config);
    }

    public void Dispose()
    {
        foreach (var folder in _checkouts)
        {
            Directory.Delete(folder, recursive: true);
        }
        _origin.Dispose();
    }

    [Fact]
    public async Task Should_Merge_The_Matrix_Jobs_Shards_Into_The_Run_One_Job_Trains()
    {
        // Given: the paths and names the workflow hands between its jobs
        var upload = Ci.Job("train-shards").StepsUsing("actions/upload-artifact").Single();
        var download = Ci.Job("ci").Steps.Single(s => s.Action == "actions/download-artifact" && s.With.ContainsKey("pattern"));
        var cake = File.ReadAllText(RepositoryRoot.PathOf("build/shards.cake"));
        Assert.Contains("train --config \\\"{p.Config}\\\" --shard \\\"{p.Shard}\\\" --out out/shards", cake, StringComparison.Ordinal);
        Assert.Equal(upload.With["path"], download.With["path"]);

        // When: train-plan, then the matrix jobs in parallel, each in its own checkout
        var plan = Ok(await MlopsAsync(Checkout(), "train", "--plan", "--config", "mlops.yaml"));
        var root = JsonDocument.Parse(plan.Output).RootElement;
        var count = root.GetProperty("shards").GetInt32();
        var jobs = root.GetProperty("matrix").EnumerateArray().Select(i => i.GetInt32()).Select(async shard =>
        {
            var job = Checkout();
            Ok(await MlopsAsync(job, "train", "--config", "mlops.yaml", "--shard", $"{shard}/{count}", "--out", upload.With["path"]));
            return (Artifact: upload.With["name"].Replace("${{ matrix.shard }}", $"{shard}", StringComparison.Ordinal).Replace("${{ github.run_number }}", "42", StringComparison.Ordinal),
                Folder: Path.Combine(job, upload.With["path"]));
        }).ToList();
        var artifacts = await Task.WhenAll(jobs);
        // The merging job: every artifact in a folder of its own under the download path, then Train with --merge.
        var merging = Checkout();
        foreach (var artifact in artifacts)
        {
            CopyFolder(artifact.Folder, Path.Combine(merging, download.With["path"], artifact.Artifact));
        }
        var merged = await MlopsAsync(merging, "train", "--config", "mlops.yaml", "--out", "out/train", "--no-track", "--merge", "out/shards");
        // The peer: one `mlops train` in the same checkout (the card records the data file's absolute path, which is the
        // same for every job of a workflow), with a cache of its own.
        Ok(await MlopsAsync(merging, "train", "--config", "mlops.yaml", "--out", "out/single", "--cache", "out/single-cache", "--no-track"));

        // Then
        Assert.Equal(3, count);
        Assert.Equal(3, artifacts.Length);
        Assert.True(merged.ExitCode == 0, merged.ToString());
        RunFiles.AssertSame(Path.Combine(merging, "out/single"), Path.Combine(merging, "out/train"));
    }

    private string Checkout()
    {
        var folder = Directory.CreateTempSubdirectory("cicd-job-").FullName;
        _checkouts.Add(folder);
        _origin.Git("clone", "-q", _origin.Folder, folder);
        return folder;
    }

    private static StepResult Ok(StepResult step)
    {
        Assert.True(step.ExitCode == 0, step.ToString());
        return step;
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    private static async Task<StepResult> MlopsAsync(string workspace, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workspace,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "mlops.dll"), .. arguments])
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"mlops {string.Join(' ', arguments)} did not finish in 10 minutes");
        }
        return new StepResult(process.ExitCode, await output, await error);
    }
}
