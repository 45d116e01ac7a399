using CiCd.DataVersions.Pull;
using CiCd.DataVersions.Push;
using CiCd.DataVersions.Tests.Fixtures;
using CiCd.Errors;
using CiCd.Image.Distribution;
using CiCd.Testing;

namespace CiCd.DataVersions.Tests.Push;

public sealed class DataPusherTests
{
    private const long Layer = 200 * 1024;

    public sealed class ThePushAsyncMethod : IDisposable
    {
        private readonly TempFolder _folder = new();
        private readonly StringWriter _log = new();

        public void Dispose() => _folder.Dispose();

        [RegistryFact]
        public async Task Should_Round_Trip_A_File_Of_Several_Layers_Byte_For_Byte()
        {
            // Given
            using var registry = RegistryServer.StartOrProvided();
            using var http = new HttpClient();
            var file = DataFile.Write(_folder.PathOf("credit.csv"), 700 * 1024);
            var store = Registries.Store(http, registry.Host, _log);

            // When
            var pushed = await new DataPusher(store, _log, Layer).PushAsync(file, null, "2026-12-06", CancellationToken.None);
            var pulled = await new DataPuller(store, _log).PullAsync("2026-12-06", _folder.PathOf("back.csv"), null, CancellationToken.None);

            // Then
            Assert.Equal(4, pushed.Layers);
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(_folder.PathOf("back.csv")));
            Assert.Equal(pushed.Digest, pulled.Artifact.Digest);
            Assert.Equal(new[] { pushed.Config.Fingerprint, "2026-12-06" }.Order(StringComparer.Ordinal), await store.ListTagsAsync(CancellationToken.None));
        }

        [RegistryFact]
        public async Task Should_Round_Trip_A_Parquet_File_In_Chunked_Layers_Of_Its_Own_Media_Type()
        {
            // Given: a Parquet file of random doubles (hardly compressible), several layers long
            using var registry = RegistryServer.StartOrProvided();
            using var http = new HttpClient();
            var random = new Random(11);
            var numbers = Enumerable.Range(0, 40_000).Select(_ => (double?)random.NextDouble()).ToArray();
            var file = _folder.PathOf("credit.parquet");
            ParquetFile.Write(file, "x", numbers, [("label", [.. numbers.Select(n => n > 0.5 ? "bad" : "good")])]);
            var store = Registries.Store(http, registry.Host, _log);

            // When
            var pushed = await new DataPusher(store, _log, 100 * 1024).PushAsync(file, null, "parquet", CancellationToken.None);
            var pulled = await new DataPuller(store, _log).PullAsync("parquet", _folder.PathOf("back.parquet"), null, CancellationToken.None);

            // Then: as many layers as 100 KiB chunks, each typed as Parquet, and the file back byte for byte
            Assert.Equal((int)((new FileInfo(file).Length + Layer / 2 - 1) / (Layer / 2)), pushed.Layers);
            Assert.True(pushed.Layers >= 3, $"{pushed.Layers} layers");
            Assert.Equal("parquet", pushed.Config.Format);
            Assert.All(pulled.Artifact.Manifest.Layers, l => Assert.Equal("application/vnd.cicd.dataset.layer.v1.parquet", l.MediaType));
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(_folder.PathOf("back.parquet")));
        }

        [RegistryFact]
        public async Task Should_Skip_The_Layers_The_Registry_Already_Holds()
        {
            // Given
            using var registry = RegistryServer.StartOrProvided();
            using var http = new HttpClient();
            var file = DataFile.Write(_folder.PathOf("credit.csv"), 500 * 1024);
            var store = Registries.Store(http, registry.Host, _log);
            await new DataPusher(store, _log, Layer).PushAsync(file, null, "first", CancellationToken.None);
            File.AppendAllText(file, "0.5,1,good\n");

            // When
            var second = await new DataPusher(store, _log, Layer).PushAsync(file, null, "second", CancellationToken.None);

            // Then: only the changed last layer went again
            Assert.Equal(3, second.Layers);
            Assert.Equal(2, second.LayersSkipped);
        }

        [RegistryFact]
        public async Task Should_Say_The_Registry_Refuses_Writes_When_It_Is_Read_Only()
        {
            // Given
            using var registry = RegistryServer.StartOrProvided(readOnly: true);
            using var http = new HttpClient();
            var file = DataFile.Write(_folder.PathOf("credit.csv"), 10 * 1024);

            // When
            var error = await Assert.ThrowsAsync<MlopsException>(() =>
                new DataPusher(Registries.Store(http, registry.Host, _log), _log).PushAsync(file, null, null, CancellationToken.None));

            // Then
            Assert.Equal(ExitCodes.InputError, error.ExitCode);
            Assert.Contains("does not accept writes", error.Message, StringComparison.Ordinal);
            Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
        }

        [RegistryFact]
        public async Task Should_Name_The_Credentials_Source_But_Never_The_Password_When_It_Is_Wrong()
        {
            // Given
            using var registry = RegistryServer.StartWithLogin("ci", "right-password");
            using var http = new HttpClient();
            var file = DataFile.Write(_folder.PathOf("credit.csv"), 10 * 1024);
            var wrong = new DistributionCredentials("ci", "wrong-s3cret-value", "environment");

            // When
            var error = await Assert.ThrowsAsync<MlopsException>(() =>
                new DataPusher(Registries.Store(http, registry.Host, _log, wrong), _log).PushAsync(file, null, null, CancellationToken.None));

            // Then
            Assert.Contains("refused the credentials from environment", error.Message, StringComparison.Ordinal);
            Assert.Contains("401", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("wrong-s3cret-value", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("wrong-s3cret-value", _log.ToString(), StringComparison.Ordinal);
        }

        [RegistryFact]
        public async Task Should_Push_With_The_Right_Password()
        {
            // Given
            using var registry = RegistryServer.StartWithLogin("ci", "right-password");
            using var http = new HttpClient();
            var file = DataFile.Write(_folder.PathOf("credit.csv"), 10 * 1024);
            var store = Registries.Store(http, registry.Host, _log, new DistributionCredentials("ci", "right-password", "environment"));

            // When
            var pushed = await new DataPusher(store, _log).PushAsync(file, null, "v1", CancellationToken.None);

            // Then
            Assert.Equal(pushed.Digest, (await store.GetManifestAsync("v1", CancellationToken.None))!.Digest);
        }

        [RegistryFact]
        public async Task Should_Resume_From_The_Offset_The_Registry_Reports_When_A_Patch_Never_Arrives()
        {
            // Given: the third PATCH of the layer (the config blob took the first) fails before a byte is sent
            using var registry = RegistryServer.StartOrProvided();
            using var faulty = new FaultyHandler(patchToBreak: 4, cutAfter: 0);
            using var http = new HttpClient(faulty);
            var file = DataFile.Write(_folder.PathOf("credit.csv"), 300 * 1024);
            var store = Registries.Store(http, registry.Host, _log);

            // When
            await new DataPusher(store, _log).PushAsync(file, null, "v1", CancellationToken.None);
            await new DataPuller(store, _log).PullAsync("v1", _folder.PathOf("back.csv"), null, CancellationToken.None);

            // Then
            Assert.Equal(1, faulty.Breaks);
            Assert.Contains($"the registry holds {2 * Registries.SmallChunk}, resuming there", _log.ToString(), StringComparison.Ordinal);
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(_folder.PathOf("back.csv")));
        }

        [RegistryFact]
        public async Task Should_Send_The_Blob_Again_When_The_Registry_Refuses_The_Resumed_Session()
        {
            // Given: the layer's first PATCH breaks before a byte is sent, and the PATCH that resumes it finds the session gone
            using var registry = RegistryServer.StartOrProvided();
            using var faulty = new FaultyHandler(patchToBreak: 3, cutAfter: 0, patchGone: 4);
            using var http = new HttpClient(faulty);
            var file = DataFile.Write(_folder.PathOf("credit.csv"), 300 * 1024);
            var store = Registries.Store(http, registry.Host, _log);

            // When
            await new DataPusher(store, _log).PushAsync(file, null, "v1", CancellationToken.None);
            await new DataPuller(store, _log).PullAsync("v1", _folder.PathOf("back.csv"), null, CancellationToken.None);

            // Then
            Assert.Contains("blob upload invalid); the registry dropped the session, sending the blob again", _log.ToString(), StringComparison.Ordinal);
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(_folder.PathOf("back.csv")));
        }

        [RegistryFact]
        public async Task Should_Finish_The_Upload_When_The_Connection_Breaks_In_The_Middle_Of_A_Patch()
        {
            // Given: the layer's second PATCH (the config blob took the first) is cut after 10 000 of its bytes
            using var registry = RegistryServer.StartOrProvided();
            using var faulty = new FaultyHandler(patchToBreak: 3, cutAfter: 10_000);
            using var http = new HttpClient(faulty);
            var file = DataFile.Write(_folder.PathOf("credit.csv"), 300 * 1024);
            var store = Registries.Store(http, registry.Host, _log);

            // When
            await new DataPusher(store, _log).PushAsync(file, null, "v1", CancellationToken.None);
            await new DataPuller(store, _log).PullAsync("v1", _folder.PathOf("back.csv"), null, CancellationToken.None);

            // Then
            Assert.Equal(1, faulty.Breaks);
            // docker-registry 2.8 drops a session whose stored size no longer matches its state; others resume mid-blob
            Assert.Matches("broke in bytes 65536-131071 .*(the registry holds [0-9]+, resuming there|the registry dropped the session, sending the blob again)", _log.ToString());
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(_folder.PathOf("back.csv")));
        }
    }
}
