using CiCd.Serving.Model;
using CiCd.Serving.Tests.Fixtures;
using CiCd.Storage;
using CiCd.Testing;
using CiCd.Train;
using Microsoft.Extensions.FileProviders;

namespace CiCd.Serving.Tests.Model;

public sealed class FileModelSourceTests
{
    public sealed class TheLocateMethod
    {
        [Fact]
        public void Should_Find_Model_And_Card_In_A_Folder()
        {
            // Given
            using var temp = new TempFolder();
            var folder = TrainedModel.Credit.CopyTo(temp.Root);
            using var source = new FileModelSource(folder);

            // When
            var files = source.Locate();

            // Then
            Assert.Equal((Path.Combine(folder, TrainingFiles.Model), Path.Combine(folder, TrainingFiles.CardJson)), (files.ModelPath, files.CardPath));
        }

        [Fact]
        public void Should_Take_A_Model_Zip_Path_With_The_Card_Beside_It()
        {
            // Given
            using var temp = new TempFolder();
            var folder = TrainedModel.Credit.CopyTo(temp.Root);
            var renamed = Path.Combine(folder, "champion.zip");
            File.Move(Path.Combine(folder, TrainingFiles.Model), renamed);
            using var source = new FileModelSource(renamed);

            // When
            var files = source.Locate();

            // Then
            Assert.Equal((renamed, Path.Combine(folder, TrainingFiles.CardJson)), (files.ModelPath, files.CardPath));
        }

        [Fact]
        public void Should_Refuse_A_Folder_Without_A_Card()
        {
            // Given
            using var temp = new TempFolder();
            var folder = TrainedModel.Credit.CopyTo(temp.Root);
            File.Delete(Path.Combine(folder, TrainingFiles.CardJson));
            using var source = new FileModelSource(folder);

            // When
            var error = Assert.Throws<ModelRejectedException>(source.Locate);

            // Then
            Assert.Equal("missing", error.Reason);
            Assert.Contains(TrainingFiles.CardJson, error.Message);
        }

        [Fact]
        public void Should_Refuse_A_Folder_That_Does_Not_Exist()
        {
            // When
            var error = Assert.Throws<ModelRejectedException>(() => new FileModelSource(Path.Combine(Path.GetTempPath(), "cicd-no-such-model")));

            // Then
            Assert.Equal("missing", error.Reason);
        }
    }

    public sealed class TheWatchMethod
    {
        [Fact]
        public async Task Should_Signal_When_The_Card_Is_Rewritten()
        {
            // Given
            using var temp = new TempFolder();
            var folder = TrainedModel.Credit.CopyTo(temp.Root);
            using var source = new FileModelSource(folder);
            var token = source.Watch();

            // When
            ModelFolder.Rename(folder, "v2");

            // Then
            await Eventually.TrueAsync(() => token.HasChanged, "the change token to fire");
        }

        [Fact]
        public async Task Should_Signal_Every_Time_The_Folder_Is_Replaced_Whole_As_Mlops_Train_Does()
        {
            // Given
            using var temp = new TempFolder();
            var folder = TrainedModel.Credit.CopyTo(temp.Root);
            using var source = new FileModelSource(folder);

            // When: two retrains, each renaming a new folder into place, then a rewrite inside the last one (.NET's watcher
            // follows the path, not the folder it first found there: this guards that the training's swap keeps serving live)
            foreach (var version in new[] { "v2", "v3" })
            {
                var token = source.Watch();
                Retrain(folder, version);

                // Then
                await Eventually.TrueAsync(() => token.HasChanged, $"the change token to fire for {version}");
                Assert.Equal(version, ModelFolder.Card(source.Locate().CardPath[..^TrainingFiles.CardJson.Length]).RunId);
            }
            var rewrite = source.Watch();
            ModelFolder.Rename(folder, "v4");
            await Eventually.TrueAsync(() => rewrite.HasChanged, "the change token to fire for a rewrite inside the new folder");
        }

        [Fact]
        public async Task Should_Follow_A_Folder_Moved_Into_Place_While_The_Old_One_Is_Kept()
        {
            // Given: the old folder is kept aside (as `mv model model.bak && mv new model` does), so no file it holds is
            // deleted and a watcher still on it sees nothing
            using var temp = new TempFolder();
            var folder = TrainedModel.Credit.CopyTo(Path.Combine(temp.Root, "model"));
            var next = TrainedModel.Credit.CopyTo(Path.Combine(temp.Root, "next"));
            ModelFolder.Rename(next, "v2");
            using var source = new FileModelSource(folder);
            var swap = source.Watch();

            // When
            Directory.Move(folder, folder + ".bak");
            Directory.Move(next, folder);

            // Then: the swap fires, and a rewrite inside the folder now in place fires the next token
            await Eventually.TrueAsync(() => swap.HasChanged, "the change token to fire for the swap");
            var rewrite = source.Watch();
            ModelFolder.Rename(folder, "v3");
            await Eventually.TrueAsync(() => rewrite.HasChanged, "the change token to fire for a rewrite inside the new folder");
            Assert.Equal("v3", ModelFolder.Card(folder).RunId);
        }

        [Fact]
        public async Task Should_Signal_A_Folder_That_Comes_Back_After_Being_Watched_While_Missing()
        {
            // Given: Watch called between the two renames of a swap, when no folder is at the path
            using var temp = new TempFolder();
            var folder = TrainedModel.Credit.CopyTo(Path.Combine(temp.Root, "model"));
            using var source = new FileModelSource(folder);
            Directory.Move(folder, folder + ".old");
            var token = source.Watch();

            // When
            Directory.Move(folder + ".old", folder);

            // Then
            await Eventually.TrueAsync(() => token.HasChanged, "the change token to fire when the folder comes back");
            Assert.Equal(Path.Combine(folder, TrainingFiles.Model), source.Locate().ModelPath);
        }

        [Fact]
        public async Task Should_Signal_A_Folder_Trained_Again_After_Its_Parent_Was_Deleted()
        {
            // Given: rm -rf out while serving out/model; a watch on the deleted out never fires again
            using var temp = new TempFolder();
            var parent = Path.Combine(temp.Root, "out");
            var folder = TrainedModel.Credit.CopyTo(Path.Combine(parent, "model"));
            using var source = new FileModelSource(folder);
            var deleted = source.Watch();
            Directory.Delete(parent, recursive: true);
            await Eventually.TrueAsync(() => deleted.HasChanged, "the change token to fire when the folder is deleted");
            var token = source.Watch();

            // When: the next training makes out and its model folder again
            TrainedModel.Credit.CopyTo(folder);

            // Then
            await Eventually.TrueAsync(() => token.HasChanged, "the change token to fire when the folder is made again");
            Assert.Equal(Path.Combine(folder, TrainingFiles.Model), source.Locate().ModelPath);
        }

        [Fact]
        public void Should_Signal_Instead_Of_Throwing_When_The_Folder_Goes_Between_Its_Opening_And_Its_Watch()
        {
            // Given: a swap's first rename, or rm -rf, lands after the folder is opened and before its files are watched
            using var temp = new TempFolder();
            var folder = TrainedModel.Credit.CopyTo(Path.Combine(temp.Root, "model"));
            using var source = new FileModelSource(folder)
            {
                OpenFolder = path =>
                {
                    var files = new PhysicalFileProvider(path);
                    Directory.Move(path, path + ".old");
                    return files;
                },
            };

            // When
            var token = source.Watch();

            // Then: the watcher looks again after its quiet period, and the service keeps running
            Assert.True(token.HasChanged);
        }

        private static void Retrain(string folder, string version) =>
            AtomicFolder.Replace(folder, [.. TrainingFiles.All.Select(f => f.Split('/')[0]).Distinct()], fill =>
            {
                TrainedModel.Credit.CopyTo(fill);
                ModelFolder.Rename(fill, version);
            });
    }
}
