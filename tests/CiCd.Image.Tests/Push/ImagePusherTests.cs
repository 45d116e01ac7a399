using CiCd.Errors;
using CiCd.Image.Tests.Fixtures;
using Docker.DotNet.Models;

namespace CiCd.Image.Tests.Push;

[Collection(SecondEngineTestGroup.Name)]
public sealed class ImagePusherTests(ImageEnvironment environment) : EngineTest(environment)
{
    [EngineFact]
    public async Task Should_Fail_With_The_Registry_Reason_When_The_Registry_Refuses_The_Push()
    {
        // Given: a registry in read-only mode, and an image tagged for it (the run's shared serving image under one more
        // tag: which image it is does not matter to the refusal, and building one more took a tenth of the engine tests)
        using var readOnly = RegistryServer.StartOrProvided(readOnly: true);
        var repository = CiCd.Image.Distribution.ImageReference.Parse($"{readOnly.Host}/german-credit");
        var image = await Environment.Images.Of(Environment.Model.Folder);
        await Docker.Images.TagImageAsync(image, new ImageTagParameters { RepositoryName = repository.Repository, Tag = "certification" });

        // When
        var push = Mlops.Run("image", "push", $"{repository.Repository}:certification", "--docker-host", Environment.Daemon.Host);

        // Then
        Assert.True(push.ExitCode == ExitCodes.InputError, push.ToString());
        Assert.Contains($"registry {readOnly.Host} refused the push", push.Error, StringComparison.Ordinal);
        await RemoveLocalImagesAsync(repository);
    }
}
