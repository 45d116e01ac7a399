using CiCd.Errors;
using CiCd.Image.Engine;

namespace CiCd.Image.Tests.Engine;

public static class DockerEngineTests
{
    public sealed class TheConnectAsyncMethod
    {
        [Fact]
        public async Task Should_Fail_With_Exit_Code_2_Naming_The_Socket_When_Nothing_Listens()
        {
            // Given
            var socket = Path.Combine(Path.GetTempPath(), $"cicd-missing-{Guid.NewGuid():N}.sock");

            // When
            var error = await Assert.ThrowsAsync<MlopsException>(() => DockerEngine.ConnectAsync(EngineEndpoint.Resolve(socket), CancellationToken.None));

            // Then
            Assert.Equal(ExitCodes.InputError, error.ExitCode);
            Assert.Contains(socket, error.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("push", "127.0.0.1:5000/credit:1-abc1234")]
        [InlineData("rollback", "127.0.0.1:5000/credit", "--digest", "sha256:0000000000000000000000000000000000000000000000000000000000000000")]
        [InlineData("promote", "127.0.0.1:5000/credit", "--from", "certification", "--tag", "production")]
        public void Should_Make_Every_Image_Command_Exit_2_Naming_The_Socket(string command, params string[] arguments)
        {
            // Given
            var socket = Path.Combine(Path.GetTempPath(), $"cicd-missing-{Guid.NewGuid():N}.sock");

            // When
            var run = Mlops.Run(["image", command, .. arguments, "--docker-host", socket]);

            // Then
            Assert.True(run.ExitCode == ExitCodes.InputError, run.ToString());
            Assert.Contains($"Docker engine at {socket} is not reachable", run.Error, StringComparison.Ordinal);
        }
    }
}
