using CiCd.Errors;
using CiCd.Image.Engine;
using CiCd.Image.ImageBuild;
using CiCd.Image.Tests.Fixtures;
using Docker.DotNet.Models;

namespace CiCd.Image.Tests.EndToEnd;

[Collection(EngineTestGroup.Name)]
public sealed class ImageLifecycleTests(ImageEnvironment environment) : EngineTest(environment)
{
    [EngineFact]
    public async Task Should_Build_Smoke_Push_Pull_Back_Promote_By_Digest_And_Roll_Back()
    {
        // Given: two registered versions of the model and an empty repository
        var registry = RegisterBoth();
        var models = Path.Combine(Scratch, "models");
        var repository = NewRepository("german-credit");

        // When: version 1 is built (its version found in the registry by run id), smoke-tested (predictions and the dashboard's charts) and pushed
        var build = Mlops.Run(BuildArguments(repository, Environment.Model, "--model-registry", models));
        Assert.True(build.ExitCode == ExitCodes.Ok, build.ToString());
        var smoke = Mlops.Run(SmokeArguments($"{repository.Repository}:certification", Environment.Model));
        Assert.True(smoke.ExitCode == ExitCodes.Ok, smoke.ToString());
        var smokeReport = CiCd.Formats.JsonReport.Read<CiCd.Image.Smoke.SmokeReport>(Path.Combine(Scratch, "out", "smoke.json"));
        Assert.Equal(CiCd.Image.Smoke.DashboardCheck.Charts.Count, smokeReport.DashboardCharts);
        var push = Mlops.Run("image", "push", $"{repository.Repository}:1-0123456", "--docker-host", Environment.Daemon.Host, "--model-registry", models);
        Assert.True(push.ExitCode == ExitCodes.Ok, push.ToString());
        var first = await DistributionApi().ResolveAsync(repository.WithTag("1-0123456"), CancellationToken.None);

        // Then: the registry holds both tags at one digest, recorded in the model version
        Assert.NotNull(first);
        Assert.Equal(first, await DistributionApi().ResolveAsync(repository.WithTag("certification"), CancellationToken.None));
        Assert.Equal(first, registry.GetVersion("german-credit", "1").ImageDigest);
        Assert.Empty(await SmokeContainersAsync());

        // When: version 2 is built and pushed (certification moves to it) while version 1's layers are still in the engine,
        // as on a runner that built before: the build reuses the layers up to the model and the push sends only what
        // changed (built after the pull-back, the 150 MB service layer was made and gzipped again: ~5 s of dockerd's CPU)
        Assert.True(Mlops.Run(BuildArguments(repository, Environment.OtherModel, "--model-registry", models)).ExitCode == ExitCodes.Ok);
        Assert.True(Mlops.Run("image", "push", $"{repository.Repository}:2-0123456", "--docker-host", Environment.Daemon.Host, "--model-registry", models).ExitCode == ExitCodes.Ok);
        var second = registry.GetVersion("german-credit", "2").ImageDigest;

        // When: the local copies are deleted and version 1's digest is pulled back
        await RemoveLocalImagesAsync(repository);
        var pullLog = new StringWriter();
        var pull = new ProgressLog(pullLog);
        await Docker.Images.CreateImageAsync(new ImagesCreateParameters { FromImage = repository.Repository, Tag = first }, new AuthConfig(), pull);
        Assert.True(pull.Error is null, pullLog.ToString());
        var labels = (await Docker.Images.InspectImageAsync($"{repository.Repository}@{first}")).Config.Labels;

        // Then: the labels say which model, data and commit the image holds
        Assert.Equal("german-credit", labels[LabelNames.ModelName]);
        Assert.Equal("1", labels[LabelNames.ModelVersion]);
        Assert.Equal(registry.GetVersion("german-credit", "1").DataFingerprint, labels[LabelNames.DataFingerprint]);
        Assert.Equal("0123456789abcdef0123456789abcdef01234567", labels[LabelNames.Revision]);
        Assert.Equal("https://github.com/cicd-ml/cicd", labels[LabelNames.Source]);
        Assert.Contains(LabelNames.MetricPrefix + "roc_auc", labels.Keys);

        // When: that digest is promoted to production, then version 2 is promoted over it
        var promote = Mlops.Run("image", "promote", repository.Repository, "--digest", first!, "--tag", "production", "--release", "1.0.0",
            "--docker-host", Environment.Daemon.Host);
        Assert.True(promote.ExitCode == ExitCodes.Ok, promote.ToString());
        Assert.Equal(first, await DistributionApi().ResolveAsync(repository.WithTag("production"), CancellationToken.None));
        Assert.Equal(first, await DistributionApi().ResolveAsync(repository.WithTag("latest"), CancellationToken.None));
        Assert.True(Mlops.Run("image", "promote", repository.Repository, "--from", "certification", "--tag", "production", "--docker-host", Environment.Daemon.Host).ExitCode == ExitCodes.Ok);
        Assert.Equal(second, await DistributionApi().ResolveAsync(repository.WithTag("production"), CancellationToken.None));
        Assert.NotEqual(first, second);

        // When: production is rolled back to version 1
        var rollback = Mlops.Run("image", "rollback", repository.Repository, "--tag", "production", "--to-version", "1", "--model", "german-credit",
            "--model-registry", models, "--docker-host", Environment.Daemon.Host);

        // Then: the tag resolves to version 1's digest again, nothing was rebuilt, no container is left
        Assert.True(rollback.ExitCode == ExitCodes.Ok, rollback.ToString());
        Assert.Equal(first, await DistributionApi().ResolveAsync(repository.WithTag("production"), CancellationToken.None));
        Assert.Empty(await SmokeContainersAsync());
    }
}
