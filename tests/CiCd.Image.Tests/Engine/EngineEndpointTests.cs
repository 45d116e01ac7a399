using CiCd.Errors;
using CiCd.Image.Engine;

namespace CiCd.Image.Tests.Engine;

public static class EngineEndpointTests
{
    public sealed class TheResolveMethod
    {
        [Theory]
        [InlineData("/tmp/x/docker.sock", "unix:///tmp/x/docker.sock", "/tmp/x/docker.sock")]
        [InlineData("unix:///run/docker.sock", "unix:///run/docker.sock", "/run/docker.sock")]
        [InlineData("tcp://127.0.0.1:2375", "tcp://127.0.0.1:2375/", "127.0.0.1:2375")]
        public void Should_Accept_Sockets_And_Tcp(string text, string address, string display)
        {
            // When
            var endpoint = EngineEndpoint.Resolve(text);

            // Then
            Assert.Equal((address, display), (endpoint.Address.ToString(), endpoint.Display));
        }

        [Fact]
        public void Should_Refuse_Other_Schemes()
        {
            // When
            var error = Assert.Throws<InputException>(() => EngineEndpoint.Resolve("ftp://engine"));

            // Then
            Assert.Contains("ftp://engine", error.Message, StringComparison.Ordinal);
        }
    }
}
