using System.Text.Json;
using CiCd.Image.Registry;
using CiCd.Image.Tests.Fixtures;
using CiCd.Tests.Support;
using CiCd.Workflows.Tests.Runner;

namespace CiCd.Workflows.Tests.Promotion;

/// <summary>
/// developer → certification → master → rollback, step by step as the CI, Certification and Release targets run
/// them on a runner (GITHUB_REF_NAME, GITHUB_SHA, … set), against a real Docker engine and registry on this machine:
/// after each step the image tags, their digests and the registry aliases are checked. Every job runs in a fresh
/// clone of the origin, as on GitHub-hosted runners: the only state one job leaves the next is the image registry,
/// the git tags and the model registry's branch (mlops model sync pull before, push after).
/// </summary>
[Collection(PromotionEngine.Name)]
public sealed class PromotionTests(ImageEnvironment engine) : IDisposable
{
    private readonly GitHubApiServer _github = new();
    private readonly GitWorkspace _checkout = new();
    private readonly GitWorkspace _origin = GitWorkspace.Bare();
    private int _jobs;

    private string Repository => $"{engine.Registry.Host}/german-credit";

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
        Assert.Equal(2, SharedRegistry().FindByAlias("german-credit", "production")!.Version);

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
        Step(developer, "train", "--no-track");
        Step(developer, "gate");

        // certification: the Certification target trains again on its own runner, registers the candidate under
        // alias certification, builds the image once, smoke-tests it, pushes it and shares the registry.
        var certification = Job("certification", commit);
        Step(certification, "train", "--no-track");
        Step(certification, "gate");
        var registered = Json(Step(certification, "model", "register", "--alias", "certification", "--json"));
        var version = registered.GetProperty("version").GetInt32();
        Step(certification, "image", "build", "--repository", Repository, "--dockerfile", Path.Combine(RepositoryRoot.Path, "Dockerfile"),
            "--publish-dir", engine.PublishFolder, "--base-image", engine.BaseImage, "--docker-host", engine.Daemon.Host);
        if (smoke)
        {
            Step(certification, "image", "smoke", $"{Repository}:certification", "--docker-host", engine.Daemon.Host);
        }
        var digest = Json(Step(certification, "image", "push", $"{Repository}:certification", "--docker-host", engine.Daemon.Host, "--json"))
            .GetProperty("digest").GetString()!;
        Step(certification, "model", "sync", "push");
        Assert.Equal(digest, await DigestAsync("certification"));
        Assert.Equal(digest, SharedRegistry().GetVersion("german-credit", version.ToString(System.Globalization.CultureInfo.InvariantCulture)).ImageDigest);

        // master: the Release target, on a runner that never saw certification's folder, promotes the certified digest
        // without rebuilding, moves production in the shared registry and publishes the release.
        var master = Job("master", commit);
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
        Assert.Equal(version, SharedRegistry().FindByAlias("german-credit", "production")!.Version);
        return new Released(tag, digest, commit);
    }

    // A job on a fresh runner: a full clone of the origin at the commit, with the shared registry pulled into it.
    private RunnerEnvironment Job(string branch, string commit)
    {
        var runner = new RunnerEnvironment(Clone(commit), _github) { RefName = branch, Sha = commit, EventName = "push" };
        Step(runner, "model", "sync", "pull");
        return runner;
    }

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
        return await new RegistryApi(http, credentials: null, insecure: true).ResolveAsync(ImageReference.Parse($"{Repository}:{tag}"), CancellationToken.None);
    }

    // What the registry branch holds now, read the way the next job would: a fresh clone and a pull.
    private CiCd.Registry.ModelRegistry SharedRegistry()
    {
        var reader = new RunnerEnvironment(Clone(_checkout.Git("rev-parse", "HEAD").Trim()), _github);
        Step(reader, "model", "sync", "pull");
        return new CiCd.Registry.ModelRegistry(new CiCd.Registry.RegistryOptions { Root = Path.Combine(reader.Workspace, "models") });
    }

    private sealed record Released(string Tag, string Digest, string Commit);
}
