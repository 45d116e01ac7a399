using CiCd.Formats;
using CiCd.Testing;
using CiCd.Train;

namespace CiCd.Core.Tests.Train;

public sealed class StageCacheTests
{
    private const string Key = "abc123";

    private static TrainingResult FakeRun(string folder) => FakeRun(folder, "");

    // Every file of a run, its content naming the file and the run (label) it belongs to.
    private static TrainingResult FakeRun(string folder, string label)
    {
        foreach (var file in TrainingFiles.All)
        {
            var path = Path.Combine(folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, $"{label}content of {file}");
        }
        var result = new TrainingResult("run-1", false, Key, folder, Path.Combine(folder, TrainingFiles.Model),
            Path.Combine(folder, TrainingFiles.CardJson), "logistic_regression()", 0.5,
            new Dictionary<string, double>(), new Dictionary<string, double> { ["roc_auc"] = 0.75 }, 1);
        JsonReport.Write(Path.Combine(folder, TrainingFiles.Result), result);
        return result;
    }

    public sealed class TheTryRestoreMethod
    {
        [Fact]
        public void Should_Find_Nothing_In_An_Empty_Cache()
        {
            // Given
            using var folder = new TempFolder();
            var cache = new StageCache(folder.PathOf("cache"));

            // When
            var found = cache.TryRestore(Key, folder.PathOf("out"), out _);

            // Then
            Assert.False(found);
            Assert.False(Directory.Exists(folder.PathOf("out")));
        }

        [Fact]
        public void Should_Copy_Every_File_Of_A_Stored_Run_Into_The_Output_Folder()
        {
            // Given
            using var folder = new TempFolder();
            var cache = new StageCache(folder.PathOf("cache"));
            cache.Store(Key, FakeRun);

            // When
            var found = cache.TryRestore(Key, folder.PathOf("out"), out var result);

            // Then
            Assert.True(found);
            Assert.Equal("content of evaluation/roc.json", File.ReadAllText(folder.PathOf("out/evaluation/roc.json")));
            Assert.Equal(folder.PathOf("out/model.zip"), result.ModelPath);
            Assert.Equal(folder.PathOf("out/model-card.json"), result.CardPath);
        }

        [Fact]
        public void Should_Restore_A_Stored_Run_From_A_Cache_That_Refuses_Its_Lock_File()
        {
            // Given: a cache this user cannot write (read-only, another user's) refuses the lock file; root writes
            // anywhere, so a folder takes the lock file's place
            using var folder = new TempFolder();
            var cache = new StageCache(folder.PathOf("cache"));
            cache.Store(Key, FakeRun);
            File.Delete(folder.PathOf($"cache/.{Key}.lock"));
            Directory.CreateDirectory(folder.PathOf($"cache/.{Key}.lock"));

            // When
            var found = cache.TryRestore(Key, folder.PathOf("out"), out _);

            // Then
            Assert.True(found);
            Assert.Equal("content of model.zip", File.ReadAllText(folder.PathOf("out/model.zip")));
        }

        [Fact]
        public void Should_Miss_An_Entry_Without_One_Of_Its_Files()
        {
            // Given: an entry cached before the reference profile was among the cached files
            using var folder = new TempFolder();
            var cache = new StageCache(folder.PathOf("cache"));
            cache.Store(Key, FakeRun);
            File.Delete(folder.PathOf($"cache/{Key}/{TrainingFiles.ReferenceProfile}"));

            // When
            var found = cache.TryRestore(Key, folder.PathOf("out"), out _);

            // Then
            Assert.False(found);
            Assert.False(Directory.Exists(folder.PathOf("out")));
        }

        [Fact]
        public void Should_Restore_Only_The_Files_It_Was_Given()
        {
            // Given: the engine's own files, without a reference profile
            using var folder = new TempFolder();
            new StageCache(folder.PathOf("cache")).Store(Key, FakeRun);
            File.Delete(folder.PathOf($"cache/{Key}/{TrainingFiles.ReferenceProfile}"));
            var cache = new StageCache(folder.PathOf("cache"), TrainingFiles.Engine);

            // When
            var found = cache.TryRestore(Key, folder.PathOf("out"), out _);

            // Then
            Assert.True(found);
            Assert.Equal(TrainingFiles.Engine.Order(StringComparer.Ordinal), folder.FilesIn("out"));
        }
    }

    public sealed class TheTryRestoreMethodOverAPreviousRun
    {
        private static TempFolder PreviousRun()
        {
            var folder = new TempFolder();
            var cache = new StageCache(folder.PathOf("cache"));
            cache.Store("old", temp => FakeRun(temp, "old "));
            cache.TryRestore("old", folder.PathOf("out"), out _);
            cache.Store("new", temp => FakeRun(temp, "new "));
            folder.Write("out/train-shard-1-of-2.json", "a shard file the user keeps here");
            return folder;
        }

        [Fact]
        public void Should_Leave_The_Previous_Run_Whole_When_A_Copy_Fails_Part_Way()
        {
            // Given: a copy that fails on the card, after the model (a kill there used to leave the new model beside the old card)
            using var folder = PreviousRun();
            var output = folder.PathOf("out");
            var cache = new StageCache(folder.PathOf("cache"))
            {
                CopyFile = (source, target) =>
                {
                    if (target.EndsWith(TrainingFiles.CardJson, StringComparison.Ordinal))
                    {
                        throw new IOException("No space left on device");
                    }
                    File.Copy(source, target);
                },
            };

            // When
            Assert.Throws<IOException>(() => cache.TryRestore("new", output, out _));

            // Then: every file of the previous run as it was, the user's file too, and no temp folder beside it (only the
            // writers' lock file, which stays)
            Assert.All(TrainingFiles.All.Where(f => f != TrainingFiles.Result),
                file => Assert.Equal($"old content of {file}", File.ReadAllText(Path.Combine(output, file))));
            Assert.Equal("a shard file the user keeps here", File.ReadAllText(Path.Combine(output, "train-shard-1-of-2.json")));
            Assert.Equal([".out.lock", "cache", "out"], Directory.EnumerateFileSystemEntries(folder.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }

        [Fact]
        public void Should_Replace_Every_File_Of_The_Previous_Run_And_Keep_The_Others()
        {
            // Given: a run restored without the stage's profiles, over a run that had them
            using var folder = PreviousRun();
            var output = folder.PathOf("out");
            var cache = new StageCache(folder.PathOf("cache"), TrainingFiles.Engine);

            // When
            cache.TryRestore("new", output, out _);

            // Then: the old run's profiles went with it (they described other rows than the new model's); the shard stayed
            Assert.All(TrainingFiles.Engine.Where(f => f != TrainingFiles.Result),
                file => Assert.Equal($"new content of {file}", File.ReadAllText(Path.Combine(output, file))));
            Assert.False(File.Exists(Path.Combine(output, TrainingFiles.ReferenceProfile)));
            Assert.False(File.Exists(Path.Combine(output, TrainingFiles.DataProfile)));
            Assert.True(File.Exists(Path.Combine(output, "train-shard-1-of-2.json")));
        }
    }

    public sealed class TheStoreMethod
    {
        [Fact]
        public void Should_Publish_The_Entry_Under_Its_Key()
        {
            // Given
            using var folder = new TempFolder();
            var cache = new StageCache(folder.PathOf("cache"));

            // When
            cache.Store(Key, FakeRun);

            // Then
            Assert.Equal(TrainingFiles.All.Order(StringComparer.Ordinal), folder.FilesIn("cache/" + Key));
        }

        [Fact]
        public void Should_Leave_Nothing_Behind_When_The_Build_Fails()
        {
            // Given
            using var folder = new TempFolder();
            var cache = new StageCache(folder.PathOf("cache"));

            // When
            Assert.Throws<InvalidOperationException>(() => cache.Store(Key, temp =>
            {
                Directory.CreateDirectory(temp);
                File.WriteAllText(Path.Combine(temp, TrainingFiles.Model), "half");
                throw new InvalidOperationException("training crashed");
            }));

            // Then
            Assert.Empty(Directory.EnumerateFileSystemEntries(folder.PathOf("cache")));
        }

        [Fact]
        public async Task Should_Wait_For_A_Restore_Copying_The_Entry_Before_Replacing_It()
        {
            // Given: a run restoring the entry when a second run of the same key stores its own (two `mlops train` at once)
            using var folder = new TempFolder();
            new StageCache(folder.PathOf("cache")).Store(Key, temp => FakeRun(temp, "first "));
            Task? store = null;
            var restoring = new StageCache(folder.PathOf("cache"))
            {
                CopyFile = (source, target) =>
                {
                    if (store is null)
                    {
                        store = Task.Run(() => new StageCache(folder.PathOf("cache")).Store(Key, temp => FakeRun(temp, "second ")));
                        // Long enough for an unlocked store to replace the entry under this copy; a locked one waits anyway.
                        Task.WhenAny(store, Task.Delay(TimeSpan.FromMilliseconds(500))).GetAwaiter().GetResult();
                    }
                    File.Copy(source, target);
                },
            };

            // When
            var found = restoring.TryRestore(Key, folder.PathOf("out"), out _);
            await store!;

            // Then: the restore copied the first run whole, and the entry is the second run's afterwards
            Assert.True(found);
            Assert.All(TrainingFiles.All.Where(f => f != TrainingFiles.Result),
                file => Assert.Equal($"first content of {file}", File.ReadAllText(folder.PathOf($"out/{file}"))));
            Assert.Equal($"second content of {TrainingFiles.Model}", File.ReadAllText(folder.PathOf($"cache/{Key}/{TrainingFiles.Model}")));
        }

        [Fact]
        public void Should_Replace_An_Older_Entry_With_The_Same_Key()
        {
            // Given
            using var folder = new TempFolder();
            var cache = new StageCache(folder.PathOf("cache"));
            cache.Store(Key, temp =>
            {
                var result = FakeRun(temp);
                File.WriteAllText(Path.Combine(temp, "stale.txt"), "old");
                return result;
            });

            // When
            cache.Store(Key, FakeRun);

            // Then
            Assert.False(File.Exists(folder.PathOf($"cache/{Key}/stale.txt")));
        }
    }

    public sealed class TheTakeTrainingTurnMethod
    {
        [Fact]
        public async Task Should_Make_A_Second_Run_Of_The_Key_Wait_Until_The_First_Ends_Its_Turn()
        {
            // Given: a run holding the key's turn
            using var folder = new TempFolder();
            var cache = new StageCache(folder.PathOf("cache"));
            var first = cache.TakeTrainingTurn(Key, () => throw new InvalidOperationException("the first run had to wait"));
            var waiting = new TaskCompletionSource();

            // When a second run asks for it, and the first ends its turn once the second says it waits
            var second = Task.Run(() => cache.TakeTrainingTurn(Key, () => waiting.TrySetResult()));
            var waitedFirst = await Task.WhenAny(waiting.Task, second) == waiting.Task;
            first!.Dispose();
            using var turn = await second.WaitAsync(TimeSpan.FromMinutes(1));

            // Then
            Assert.True(waitedFirst, "the second run took the turn the first one held");
            Assert.NotNull(turn);
        }

        [Fact]
        public void Should_Not_Hold_Back_Another_Key()
        {
            // Given
            using var folder = new TempFolder();
            var cache = new StageCache(folder.PathOf("cache"));
            using var first = cache.TakeTrainingTurn(Key, () => { });

            // When
            using var other = cache.TakeTrainingTurn("def456", () => throw new InvalidOperationException("waited for another key"));

            // Then
            Assert.NotNull(other);
        }

        [Fact]
        public void Should_Give_No_Turn_In_A_Cache_That_Refuses_Its_Lock_File()
        {
            // Given: root writes anywhere, so a folder takes the lock file's place
            using var folder = new TempFolder();
            Directory.CreateDirectory(folder.PathOf($"cache/.{Key}.training.lock"));
            var cache = new StageCache(folder.PathOf("cache"));

            // When
            var turn = cache.TakeTrainingTurn(Key, () => throw new InvalidOperationException("waited on a refused lock"));

            // Then
            Assert.Null(turn);
        }
    }
}
