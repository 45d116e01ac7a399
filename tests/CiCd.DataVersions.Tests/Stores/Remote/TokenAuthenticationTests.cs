using CiCd.DataVersions.Pull;
using CiCd.DataVersions.Push;
using CiCd.DataVersions.Stores.Remote;
using CiCd.DataVersions.Tests.Fixtures;
using CiCd.Errors;
using CiCd.Image.Distribution;
using CiCd.Testing;

namespace CiCd.DataVersions.Tests.Stores.Remote;

public sealed class TokenAuthenticationTests
{
    public sealed class TheBearerTokenFlow : IDisposable
    {
        private readonly TempFolder _folder = new();
        private readonly StringWriter _log = new();

        public void Dispose() => _folder.Dispose();

        [RegistryFact]
        public async Task Should_Push_And_Pull_Through_A_Registry_That_Takes_Only_Tokens_From_Its_Token_Service()
        {
            // Given: docker-registry with auth: token, and the Basic credentials its token service knows
            using var registry = new TokenRegistry("ci", "s3cret");
            using var http = new HttpClient();
            var file = DataFile.Write(_folder.PathOf("credit.csv"), 300 * 1024);
            var store = Registries.Store(http, registry.Host, _log, new DistributionCredentials("ci", "s3cret", "environment"));

            // When
            var pushed = await new DataPusher(store, _log, 100 * 1024).PushAsync(file, null, "v1", CancellationToken.None);
            var pulled = await new DataPuller(store, _log).PullAsync("v1", _folder.PathOf("back.csv"), null, CancellationToken.None);

            // Then: the bytes came back, and every token was asked for with Basic credentials, for this service, with push scope
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(_folder.PathOf("back.csv")));
            Assert.Equal(pushed.Digest, pulled.Artifact.Digest);
            Assert.NotEmpty(registry.Tokens.Requests);
            Assert.All(registry.Tokens.Requests, r => Assert.Equal(("Basic", TokenService.Service), (r.Scheme, r.Service)));
            // The registry lists the actions in either order; the whole scope must reach the token service (commas and all).
            Assert.Contains(registry.Tokens.Requests, r => r.Scope is "repository:data/credit:push,pull" or "repository:data/credit:pull,push");
        }

        [RegistryFact]
        public async Task Should_Say_The_Token_Service_Refused_The_Credentials_Without_Showing_Them()
        {
            // Given
            using var registry = new TokenRegistry("ci", "s3cret");
            using var http = new HttpClient();
            var file = DataFile.Write(_folder.PathOf("credit.csv"), 10 * 1024);
            var store = Registries.Store(http, registry.Host, _log, new DistributionCredentials("ci", "wrong-password", "environment"));

            // When
            var error = await Assert.ThrowsAsync<MlopsException>(() => new DataPusher(store, _log).PushAsync(file, null, "v1", CancellationToken.None));

            // Then
            Assert.Equal(ExitCodes.InputError, error.ExitCode);
            Assert.Contains("token service refused the credentials from environment", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("wrong-password", error.Message + _log, StringComparison.Ordinal);
        }
    }
}
