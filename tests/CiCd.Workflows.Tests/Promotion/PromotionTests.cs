using System.Text.Json;
using CiCd.Image.Distribution;
using CiCd.Image.Tests.Fixtures;
using CiCd.Testing;
using CiCd.Workflows.Tests.Runner;

namespace CiCd.Workflows.Tests.Promotion;

/// <summary>
/// developer → certification → master → rollback, step by step as ci.yml, certification.yml's two jobs (candidate builds,
/// certify pushes what it handed over) and release.yml run them on a runner (GITHUB_REF_NAME, GITHUB_SHA, … set), against a real Docker engine and registry on this machine:
/// after each step the image tags, their digests and the registry aliases are checked. Every job runs in a fresh
/// clone of the origin, as on GitHub-hosted runners: the only state one job leaves the next is the image registry,
/// the git tags and the model registry's branch (mlops model sync pull before, push after). One exception, to save
/// trainings: the train steps share a stage cache (<c>--cache</c>, outside every clone) with the run's other tests of this
/// pipeline, so certification's candidate job restores the run developer's job trained from the same commit instead of
/// training it again with the same seed, and the first model is trained once for the release steps, the retraining loop
/// and this test; what the test checks starts after the training (registration, image, digests, aliases), and every
/// output it reads is in the cache.
/// </summary>
[Collection(PromotionEngine.Name)]
public sealed class PromotionTests(ImageEnvironment engine) : IDisposable
{
    private readonly GitHubApiServer _github = new();
    private readonly GitWorkspace _checkout = new();
    private readonly GitWorkspace _origin = GitWorkspace.Bare();
    private int _jobs;

    private string Repository => $"{engine.Registry.Host}/german-credit";

    // Local only: never pushed, and outside the repository the steps and assertions read.
    private static string BuildCache => "promotion-build-cache";

    public void Dispose()
    {
        try
        {
            _github.Dispose();
        }
        finally
        {
            _checkout.Dispose();
            _origin.Dispose();
        }
    }

    [EngineFact]
    public async Task Should_Promote_One_Digest_From_Developer_To_Master_And_Roll_Back_To_The_Previous_One()
    {
        // Given: two models merged one after the other, each certified and released.
        _checkout.Git("remote", "add", "origin", _origin.Folder);
        var first = await ReleaseAsync(l2Regularization: 1, smoke: true);
        var second = await ReleaseAsync(l2Regularization: 100, smoke: false);
        Assert.Equal(("v1.0.0", "v1.0.1"), (first.Tag, second.Tag));
        Assert.NotEqual(first.Digest, second.Digest);
        Assert.Equal(second.Digest, await DigestAsync("production"));
        Assert.Equal(second.Digest, await DigestAsync("latest"));
        Assert.Equal(first.Digest, await DigestAsync("1.0.0"));
        // The release's last read of the registry branch found production at its version; nothing wrote the branch since.
        Assert.Equal(2, second.ProductionVersion);

        // When: production is rolled back, in the model registry and in the image registry, from a fresh checkout.
        var runner = Job("master", second.Commit);
        Step(runner, "model", "rollback", "--alias", "production", "--reason", "latency regression");
        Step(runner, "image", "rollback", Repository, "--tag", "production", "--to-version", "1", "--docker-host", engine.Daemon.Host);
        Step(runner, "model", "sync", "push");

        // Then
        Assert.Equal(1, SharedRegistry().FindByAlias("german-credit", "production")!.Version);
        Assert.Equal(first.Digest, await DigestAsync("production"));
        Assert.Equal(second.Digest, await DigestAsync("1.0.1"));
        Assert.Equal(["v1.0.0", "v1.0.1"], _github.GitHub.Releases.Select(r => r.Tag));
    }

    private async Task<Released> ReleaseAsync(double l2Regularization, bool smoke)
    {
        var commit = CreditPipeline.WriteTo(_checkout, l2Regularization);
        _checkout.Git("push", "--quiet", "origin", "HEAD:master");

        // developer: the CI target's pipeline stages; the gate's champion comes from the shared registry.
        var developer = Job("developer", commit);
        CreditPipeline.Train(arguments => Step(developer, arguments));
        Step(developer, "gate");

        // certification, job "candidate" (read-only token, no secret): the Candidate target trains again on its own
        // runner, registers the candidate under alias certification, builds the image once and smoke-tests it; then
        // the image (every tag) and the registry folder are saved for the hand-over. Nothing is pushed here.
        var (candidate, startedFrom) = JobAt("certification", commit);
        CreditPipeline.Train(arguments => Step(candidate, arguments));
        Step(candidate, "gate");
        var registered = Json(Step(candidate, "model", "register", "--alias", "certification", "--json"));
        var version = registered.GetProperty("version").GetInt32();
        Step(candidate, "image", "build", "--repository", Repository, "--dockerfile", Path.Combine(RepositoryRoot.Path, "Dockerfile"),
            "--publish-dir", engine.PublishFolder, "--base-image", engine.BaseImage, "--docker-host", engine.Daemon.Host);
        if (smoke)
        {
            Step(candidate, "image", "smoke", $"{Repository}:certification", "--docker-host", engine.Daemon.Host);
        }
        var handover = Path.Combine(candidate.Workspace, "out", "handover");
        Directory.CreateDirectory(handover);
        Docker("save", "--output", Path.Combine(handover, "image.tar"), Repository);
        Command.Run("tar", ["--create", "--file", Path.Combine(handover, "registry.tar"), "--exclude", ".lock*", "--directory", "models", "."], workingDirectory: candidate.Workspace);

        // certification, job "certify" (write token): a fresh runner that builds nothing. It pulls the registry (the
        // push's base), which must still be where the candidate started; takes the candidate's registry folder and
        // image as handed over (the engine no longer has the built tags); pushes the image, recording its digest, and
        // the registry.
        var (certify, pulled) = JobAt("certification", commit);
        Assert.Equal(startedFrom, pulled);
        var models = Path.Combine(certify.Workspace, "models");
        if (Directory.Exists(models))
        {
            Directory.Delete(models, recursive: true);
        }
        Directory.CreateDirectory(models);
        Command.Run("tar", ["--extract", "--file", Path.Combine(handover, "registry.tar"), "--directory", models]);
        var tags = Docker("image", "ls", "--format", "{{.Repository}}:{{.Tag}}", Repository).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains($"{Repository}:certification", tags);
        // The built image stays in the engine under a name outside the repository, as the build cache of the next
        // release: its build then reuses every layer but the model's (the 150 MB service among them), so the next
        // certify push uploads, and dockerd compresses, only those. Every reference in the repository still goes, tags
        // and digests (the kept images would hold theirs): certify pushes the tags it loads from the hand-over, and
        // a rollback pulls the older digest as before.
        Docker("tag", $"{Repository}:certification", $"{BuildCache}:{version}");
        var digests = Docker("image", "ls", "--digests", "--format", "{{.Repository}}@{{.Digest}}", Repository)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(d => !d.EndsWith("@<none>", StringComparison.Ordinal)).Distinct();
        Docker(["rmi", "--force", .. tags, .. digests]);
        Assert.Empty(Docker("image", "ls", "--quiet", Repository).Trim());
        Docker("load", "--input", Path.Combine(handover, "image.tar"));
        var digest = Json(Step(certify, "image", "push", $"{Repository}:certification", "--docker-host", engine.Daemon.Host, "--json"))
            .GetProperty("digest").GetString()!;
        Step(certify, "model", "sync", "push");
        Assert.Equal(digest, await DigestAsync("certification"));

        // master: the Release target, on a runner that never saw certification's folder, promotes the certified digest
        // without rebuilding, moves production in the shared registry and publishes the release. Its fresh clone and
        // pull are the read of what certify pushed: checked before any of its own steps.
        var master = Job("master", commit);
        var certified = RegistryOf(master);
        Assert.Equal(digest, certified.GetVersion("german-credit", version.ToString(System.Globalization.CultureInfo.InvariantCulture)).ImageDigest);
        Assert.Equal(version, certified.FindByAlias("german-credit", "certification")!.Version);
        Assert.False(File.Exists(Path.Combine(master.Workspace, "out", "train", "model.zip")));
        var tag = Json(Step(master, "release", "version", "--json")).GetProperty("tag").GetString()!;
        Step(master, "image", "promote", Repository, "--from", "certification", "--tag", "production", "--release", tag, "--docker-host", engine.Daemon.Host);
        Step(master, "model", "promote", "certification", "--alias", "production", "--reason", $"release {tag}");
        Step(master, "model", "sync", "push");
        // Nothing is trained on master: the notes take the certified version's card from the registry.
        Step(master, "release", "notes", "--registered", "certification", "--image", $"{Repository}@{digest}");
        Step(master, "release", "publish");
        Assert.Contains($"run `{registered.GetProperty("run_id").GetString()}`", _github.GitHub.Releases.Single(r => r.Tag == tag).Body, StringComparison.Ordinal);
        // The Releases API created the tag on GitHub; the next run's checkout (fetch-depth: 0) sees it.
        _checkout.Git("tag", tag, commit);
        _checkout.Git("push", "--quiet", "origin", tag);
        Assert.Equal(digest, await DigestAsync("production"));
        var production = SharedRegistry().FindByAlias("german-credit", "production")!.Version;
        Assert.Equal(version, production);
        return new Released(tag, digest, commit, production);
    }

    // A job on a fresh runner: a full clone of the origin at the commit, with the shared registry pulled into it.
    private RunnerEnvironment Job(string branch, string commit) => JobAt(branch, commit).Runner;

    // The same, with the registry branch's commit the pull fetched (null before the branch exists).
    private (RunnerEnvironment Runner, string? Registry) JobAt(string branch, string commit)
    {
        var runner = new RunnerEnvironment(Clone(commit), _github) { RefName = branch, Sha = commit, EventName = "push" };
        var pulled = Json(Step(runner, "model", "sync", "pull", "--json"));
        return (runner, pulled.TryGetProperty("commit", out var fetched) && fetched.ValueKind == JsonValueKind.String ? fetched.GetString() : null);
    }

    // The docker CLI against the test's engine, as the workflow's steps use the runner's.
    private string Docker(params string[] arguments) => Command.Run("docker", ["--host", engine.Daemon.Host, .. arguments]);

    private string Clone(string commit)
    {
        var folder = Path.Combine(_checkout.Folder, ".runner", $"job-{Interlocked.Increment(ref _jobs)}");
        _checkout.Git("clone", "--quiet", _origin.Folder, folder);
        var job = new GitWorkspace(folder);
        job.Git("checkout", "--quiet", commit);
        return folder;
    }

    private static StepResult Step(RunnerEnvironment runner, params string[] arguments)
    {
        var step = runner.Run(arguments);
        Assert.True(step.ExitCode == 0, $"on {runner.RefName}: mlops {string.Join(' ', arguments)}: {step}");
        return step;
    }

    private static JsonElement Json(StepResult step) => JsonDocument.Parse(step.Output).RootElement;

    private async Task<string?> DigestAsync(string tag)
    {
        using var http = new HttpClient();
        return await new DistributionApi(http, credentials: null, insecure: true).ResolveAsync(ImageReference.Parse($"{Repository}:{tag}"), CancellationToken.None);
    }

    // What the registry branch holds now, read the way the next job would: a fresh clone and a pull.
    private CiCd.Registry.ModelRegistry SharedRegistry()
    {
        var reader = new RunnerEnvironment(Clone(_checkout.Git("rev-parse", "HEAD").Trim()), _github);
        Step(reader, "model", "sync", "pull");
        return RegistryOf(reader);
    }

    // The model registry a job's pull left in its checkout (readers take no lock and write nothing).
    private static CiCd.Registry.ModelRegistry RegistryOf(RunnerEnvironment job) =>
        new(new CiCd.Registry.RegistryOptions { Root = Path.Combine(job.Workspace, "models") });

    private sealed record Released(string Tag, string Digest, string Commit, int ProductionVersion);
}
