using CiCd.Errors;
using CiCd.Image.Tests.Fixtures;

namespace CiCd.Image.Tests.Push;

[Collection(EngineTestGroup.Name)]
public sealed class ImagePusherTests(ImageEnvironment environment) : EngineTest(environment)
{
    [EngineFact]
    public void Should_Fail_With_The_Registry_Reason_When_The_Registry_Refuses_The_Push()
    {
        // Given: a registry in read-only mode, and an image tagged for it
        using var readOnly = RegistryServer.StartOrProvided(readOnly: true);
        var repository = CiCd.Image.Distribution.ImageReference.Parse($"{readOnly.Host}/german-credit");
        var build = Mlops.Run(BuildArguments(repository, Environment.Model, "--model-version", "1"));
        Assert.True(build.ExitCode == ExitCodes.Ok, build.ToString());

        // When
        var push = Mlops.Run("image", "push", $"{repository.Repository}:certification", "--docker-host", Environment.Daemon.Host);

        // Then
        Assert.True(push.ExitCode == ExitCodes.InputError, push.ToString());
        Assert.Contains($"registry {readOnly.Host} refused the push", push.Error, StringComparison.Ordinal);
        RemoveLocalImagesAsync(repository).GetAwaiter().GetResult();
    }
}
