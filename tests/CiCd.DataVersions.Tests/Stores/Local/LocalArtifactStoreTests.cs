using CiCd.DataVersions.Pull;
using CiCd.DataVersions.Push;
using CiCd.DataVersions.Stores.Local;
using CiCd.DataVersions.Tests.Fixtures;
using CiCd.Errors;
using CiCd.Testing;

namespace CiCd.DataVersions.Tests.Stores.Local;

public sealed class LocalArtifactStoreTests
{
    public sealed class WithPushAndPull : IDisposable
    {
        private readonly TempFolder _folder = new();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public async Task Should_Round_Trip_Through_The_Cache_And_List_Its_Tags()
        {
            // Given
            var store = new LocalArtifactStore(_folder.PathOf(".mlops/data"), "credit");
            var file = DataFile.Write(_folder.PathOf("credit.csv"), 50 * 1024);

            // When
            var pushed = await new DataPusher(store, TextWriter.Null, 16 * 1024).PushAsync(file, null, "v1", CancellationToken.None);
            await new DataPuller(store, TextWriter.Null).PullAsync(pushed.Digest, _folder.PathOf("back.csv"), null, CancellationToken.None);

            // Then
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(_folder.PathOf("back.csv")));
            Assert.Equal(new[] { pushed.Config.Fingerprint, "v1" }.Order(StringComparer.Ordinal), await store.ListTagsAsync(CancellationToken.None));
            Assert.True(File.Exists(store.BlobPath(pushed.Digest)));
        }

        [Fact]
        public async Task Should_Refuse_A_Cached_Blob_That_Changed_On_Disk()
        {
            // Given
            var store = new LocalArtifactStore(_folder.PathOf(".mlops/data"), "credit");
            var file = DataFile.Write(_folder.PathOf("credit.csv"), 50 * 1024);
            await new DataPusher(store, TextWriter.Null, 16 * 1024).PushAsync(file, null, "v1", CancellationToken.None);
            var layer = (await DataArtifactReader.ReadAsync(store, "v1", CancellationToken.None)).Manifest.Layers[0];
            File.AppendAllText(store.BlobPath(layer.Digest), "extra");

            // When
            var error = await Assert.ThrowsAsync<MlopsException>(() =>
                new DataPuller(store, TextWriter.Null).PullAsync("v1", _folder.PathOf("back.csv"), null, CancellationToken.None));

            // Then
            Assert.Equal(ExitCodes.CheckFailed, error.ExitCode);
            Assert.False(File.Exists(_folder.PathOf("back.csv")));
        }
    }
}
