using System.Text.Json;
using CiCd.Image.Registry;
using CiCd.Image.Tests.Fixtures;
using CiCd.Workflows.Tests.Runner;

namespace CiCd.Workflows.Tests.Promotion;

/// <summary>
/// developer → certification → master → rollback, step by step as the CI, Certification and Release targets run
/// them on a runner (GITHUB_REF_NAME, GITHUB_SHA, … set), against a real Docker engine and registry on this machine:
/// after each step the image tags, their digests and the registry aliases are checked.
/// </summary>
[Collection(PromotionEngine.Name)]
public sealed class PromotionTests(ImageEnvironment engine) : IDisposable
{
    private readonly GitHubApiServer _github = new();
    private readonly GitWorkspace _checkout = new();

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
        }
    }

    [EngineFact]
    public async Task Should_Promote_One_Digest_From_Developer_To_Master_And_Roll_Back_To_The_Previous_One()
    {
        // Given: two models merged one after the other, each certified and released.
        var first = await ReleaseAsync(l2Regularization: 1, smoke: true);
        var second = await ReleaseAsync(l2Regularization: 100, smoke: false);
        Assert.Equal(("v1.0.0", "v1.0.1"), (first.Tag, second.Tag));
        Assert.NotEqual(first.Digest, second.Digest);
        Assert.Equal(second.Digest, await DigestAsync("production"));
        Assert.Equal(second.Digest, await DigestAsync("latest"));
        Assert.Equal(first.Digest, await DigestAsync("1.0.0"));
        Assert.Equal(2, ProductionVersion());

        // When: production is rolled back, in the model registry and in the image registry.
        var runner = Runner("master", second.Commit);
        Step(runner, "model", "rollback", "--alias", "production", "--reason", "latency regression");
        Step(runner, "image", "rollback", Repository, "--tag", "production", "--to-version", "1", "--docker-host", engine.Daemon.Host);

        // Then
        Assert.Equal(1, ProductionVersion());
        Assert.Equal(first.Digest, await DigestAsync("production"));
        Assert.Equal(second.Digest, await DigestAsync("1.0.1"));
        Assert.Equal(["v1.0.0", "v1.0.1"], _github.GitHub.Releases.Select(r => r.Tag));
    }

    private async Task<Released> ReleaseAsync(double l2Regularization, bool smoke)
    {
        var commit = CreditPipeline.WriteTo(_checkout, l2Regularization);

        // developer: the CI target's pipeline stages, then the candidate is registered for development.
        var developer = Runner("developer", commit);
        Step(developer, "train", "--no-track");
        Step(developer, "gate");
        var registered = Json(Step(developer, "model", "register", "--alias", "development", "--json"));
        var version = registered.GetProperty("version").GetInt32();

        // certification: the Certification target builds the image once, smoke-tests it and pushes the candidate.
        var certification = Runner("certification", commit);
        Step(certification, "image", "build", "--repository", Repository, "--dockerfile", Path.Combine(Model.RepositoryRoot.Path, "Dockerfile"),
            "--publish-dir", engine.PublishFolder, "--base-image", engine.BaseImage, "--docker-host", engine.Daemon.Host);
        if (smoke)
        {
            Step(certification, "image", "smoke", $"{Repository}:certification", "--docker-host", engine.Daemon.Host);
        }
        var digest = Json(Step(certification, "image", "push", $"{Repository}:certification", "--docker-host", engine.Daemon.Host, "--json"))
            .GetProperty("digest").GetString()!;
        Step(certification, "model", "promote", version.ToString(System.Globalization.CultureInfo.InvariantCulture), "--alias", "certification");
        Assert.Equal(digest, await DigestAsync("certification"));
        Assert.Equal(digest, RegisteredDigest(version));

        // master: the Release target promotes the certified digest without rebuilding and publishes the release.
        var master = Runner("master", commit);
        var tag = Json(Step(master, "release", "version", "--json")).GetProperty("tag").GetString()!;
        Step(master, "image", "promote", Repository, "--from", "certification", "--tag", "production", "--release", tag, "--docker-host", engine.Daemon.Host);
        Step(master, "model", "promote", "certification", "--alias", "production", "--reason", $"release {tag}");
        // Nothing is trained on master: the notes take the certified version's card from the registry.
        Step(master, "release", "notes", "--registered", "certification", "--image", $"{Repository}@{digest}");
        Step(master, "release", "publish");
        Assert.Contains($"run `{registered.GetProperty("run_id").GetString()}`", _github.GitHub.Releases.Single(r => r.Tag == tag).Body, StringComparison.Ordinal);
        // The Releases API created the tag on GitHub; the next run's checkout (fetch-depth: 0) sees it.
        _checkout.Git("tag", tag, commit);
        Assert.Equal(digest, await DigestAsync("production"));
        Assert.Equal(version, ProductionVersion());
        return new Released(tag, digest, commit);
    }

    private RunnerEnvironment Runner(string branch, string commit) =>
        new(_checkout.Folder, _github) { RefName = branch, Sha = commit, EventName = "push" };

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

    private int ProductionVersion() =>
        new CiCd.Registry.ModelRegistry(new CiCd.Registry.RegistryOptions { Root = Path.Combine(_checkout.Folder, "models") })
            .FindByAlias("german-credit", "production")!.Version;

    private string? RegisteredDigest(int version) =>
        new CiCd.Registry.ModelRegistry(new CiCd.Registry.RegistryOptions { Root = Path.Combine(_checkout.Folder, "models") })
            .GetVersion("german-credit", version.ToString(System.Globalization.CultureInfo.InvariantCulture)).ImageDigest;

    private sealed record Released(string Tag, string Digest, string Commit);
}
