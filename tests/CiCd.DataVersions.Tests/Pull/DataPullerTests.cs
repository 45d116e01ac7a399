using CiCd.DataVersions.Pull;
using CiCd.DataVersions.Push;
using CiCd.DataVersions.Tests.Fixtures;
using CiCd.Errors;
using CiCd.Testing;

namespace CiCd.DataVersions.Tests.Pull;

public sealed class DataPullerTests
{
    public sealed class ThePullAsyncMethod : IDisposable
    {
        private readonly TempFolder _folder = new();
        private readonly StringWriter _log = new();

        public void Dispose() => _folder.Dispose();

        [RegistryFact]
        public async Task Should_Refuse_A_Blob_Tampered_With_In_The_Registry_And_Leave_The_Target_As_It_Was()
        {
            // Given: one byte of the second layer changed in the registry's storage, and an older file at the target
            using var registry = RegistryServer.StartOrProvided();
            using var http = new HttpClient();
            var file = DataFile.Write(_folder.PathOf("credit.csv"), 300 * 1024);
            var store = Registries.Store(http, registry.Host, _log);
            var pushed = await new DataPusher(store, _log, 100 * 1024).PushAsync(file, null, "v1", CancellationToken.None);
            var manifest = (await DataArtifactReader.ReadAsync(store, "v1", CancellationToken.None)).Manifest;
            var blob = Registries.BlobFile(registry, manifest.Layers[1].Digest);
            var bytes = File.ReadAllBytes(blob);
            bytes[1234] ^= 0x20;
            File.WriteAllBytes(blob, bytes);
            var target = _folder.Write("out/credit.csv", "the old data\n");

            // When
            var error = await Assert.ThrowsAsync<MlopsException>(() =>
                new DataPuller(store, _log).PullAsync("v1", target, null, CancellationToken.None));

            // Then
            Assert.Equal(ExitCodes.CheckFailed, error.ExitCode);
            Assert.Contains("layer 2 of 4 refused", error.Message, StringComparison.Ordinal);
            Assert.Contains(pushed.Digest, error.Message, StringComparison.Ordinal);
            Assert.Equal("the old data\n", File.ReadAllText(target));
            Assert.Equal(["credit.csv"], Directory.GetFiles(_folder.PathOf("out")).Select(Path.GetFileName));
        }

        [RegistryFact]
        public async Task Should_Still_Pull_Tagged_Data_After_The_Registry_Collects_Garbage()
        {
            // Given: a tagged version, and an untagged one whose tag moved on
            using var registry = RegistryServer.StartOrProvided();
            using var http = new HttpClient();
            var store = Registries.Store(http, registry.Host, _log);
            var kept = DataFile.Write(_folder.PathOf("kept.csv"), 200 * 1024, seed: 1);
            var dropped = DataFile.Write(_folder.PathOf("dropped.csv"), 200 * 1024, seed: 2);
            await new DataPusher(store, _log, 64 * 1024).PushAsync(kept, null, "keep", CancellationToken.None);
            var orphan = await new DataPusher(store, _log, 64 * 1024).PushAsync(dropped, null, "moving", CancellationToken.None);
            await new DataPusher(store, _log, 64 * 1024).PushAsync(kept, null, "moving", CancellationToken.None);
            await new DataPusher(store, _log).PushAsync(kept, null, orphan.Config.Fingerprint, CancellationToken.None);

            // When
            var gc = await ExternalTool.RunAsync(Prerequisites.Which("docker-registry")!, ["garbage-collect", "--delete-untagged", registry.ConfigFile!]);
            await new DataPuller(store, _log).PullAsync("keep", _folder.PathOf("back.csv"), null, CancellationToken.None);

            // Then: the collector ran and deleted something, but not the tagged data
            Assert.True(gc.ExitCode == 0, gc.Error);
            Assert.Contains("blob eligible for deletion", gc.Output + gc.Error, StringComparison.Ordinal);
            Assert.Equal(File.ReadAllBytes(kept), File.ReadAllBytes(_folder.PathOf("back.csv")));
        }

        [RegistryFact]
        public async Task Should_Say_Which_Version_Is_Missing()
        {
            // Given
            using var registry = RegistryServer.StartOrProvided();
            using var http = new HttpClient();

            // When
            var error = await Assert.ThrowsAsync<MlopsException>(() =>
                new DataPuller(Registries.Store(http, registry.Host, _log), _log).PullAsync("nope", _folder.PathOf("x.csv"), null, CancellationToken.None));

            // Then
            Assert.Equal(ExitCodes.InputError, error.ExitCode);
            Assert.Contains("has no data version 'nope'", error.Message, StringComparison.Ordinal);
            Assert.False(File.Exists(_folder.PathOf("x.csv")));
        }
    }
}
