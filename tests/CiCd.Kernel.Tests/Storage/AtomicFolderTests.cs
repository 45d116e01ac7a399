using CiCd.Errors;
using CiCd.Storage;
using CiCd.Testing;

namespace CiCd.Kernel.Tests.Storage;

public sealed class AtomicFolderTests
{
    private static readonly string[] Owned = ["model.zip", "card.json", "evaluation"];

    private static void WriteSet(string folder, string label)
    {
        Directory.CreateDirectory(Path.Combine(folder, "evaluation"));
        foreach (var file in new[] { "model.zip", "card.json", "evaluation/roc.json" })
        {
            File.WriteAllText(Path.Combine(folder, file), $"{label} {file}");
        }
    }

    private static void AssertSet(string folder, string label)
    {
        foreach (var file in new[] { "model.zip", "card.json", "evaluation/roc.json" })
        {
            Assert.Equal($"{label} {file}", File.ReadAllText(Path.Combine(folder, file)));
        }
    }

    // The lock file stays: deleting it would let a writer waiting on the old file and one creating a new file both hold it.
    private static string[] Entries(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder).Select(e => Path.GetFileName(e)).Order(StringComparer.Ordinal)];

    public sealed class TheReplaceMethod
    {
        [Fact]
        public void Should_Put_The_New_Set_In_Place_And_Keep_What_Is_Not_Part_Of_It()
        {
            // Given
            using var temp = new TempFolder();
            var folder = temp.PathOf("train");
            WriteSet(folder, "old");
            temp.Write("train/notes/keep.txt", "the user's");

            // When
            AtomicFolder.Replace(folder, Owned, fill => WriteSet(fill, "new"));

            // Then
            AssertSet(folder, "new");
            Assert.Equal("the user's", File.ReadAllText(Path.Combine(folder, "notes/keep.txt")));
            Assert.Equal([".train.lock", "train"], Entries(temp.Root));
        }

        [Fact]
        public void Should_Leave_The_Old_Set_Intact_When_The_Writer_Throws_Part_Way()
        {
            // Given
            using var temp = new TempFolder();
            var folder = temp.PathOf("train");
            WriteSet(folder, "old");

            // When: the model is written, the card is not
            Assert.Throws<IOException>(() => AtomicFolder.Replace(folder, Owned, fill =>
            {
                File.WriteAllText(Path.Combine(fill, "model.zip"), "new model.zip");
                throw new IOException("No space left on device");
            }));

            // Then
            AssertSet(folder, "old");
            Assert.Equal([".train.lock", "train"], Entries(temp.Root));
        }

        [Fact]
        public void Should_Put_Back_The_Old_Set_A_Writer_Killed_Between_The_Renames_Had_Moved_Aside()
        {
            // Given: what a kill leaves after the old folder moved aside and before the new one moved in
            using var temp = new TempFolder();
            var aside = temp.PathOf($".train.{Guid.NewGuid():N}.old");
            var half = temp.PathOf($".train.{Guid.NewGuid():N}.tmp");
            WriteSet(aside, "old");
            temp.Write(Path.GetFileName(half) + "/model.zip", "half");

            // When: the next writer fails before its own swap
            Assert.Throws<IOException>(() => AtomicFolder.Replace(temp.PathOf("train"), Owned, _ => throw new IOException("disk full")));

            // Then: the old set is back in place, and neither leftover remains
            AssertSet(temp.PathOf("train"), "old");
            Assert.Equal([".train.lock", "train"], Entries(temp.Root));
        }

        [Fact]
        public void Should_Hand_Over_The_Other_Files_A_Writer_Killed_After_The_Renames_Left_Aside()
        {
            // Given: a kill after the new folder moved in, before the user's file moved across from the old one
            using var temp = new TempFolder();
            WriteSet(temp.PathOf("train"), "new");
            var aside = temp.PathOf($".train.{Guid.NewGuid():N}.old");
            WriteSet(aside, "old");
            temp.Write(Path.GetFileName(aside) + "/keep.txt", "the user's");

            // When
            AtomicFolder.Replace(temp.PathOf("train"), Owned, fill => WriteSet(fill, "newer"));

            // Then
            AssertSet(temp.PathOf("train"), "newer");
            Assert.Equal("the user's", File.ReadAllText(temp.PathOf("train/keep.txt")));
            Assert.Equal([".train.lock", "train"], Entries(temp.Root));
        }

        [Fact]
        public void Should_Hold_The_Folder_Lock_While_It_Writes_So_A_Second_Writer_Waits()
        {
            // Given: a second mlops train into the same --out, run without this lock, deleted the first one's temp folder
            // as a killed writer's leftover, and the folder ended up with neither run's model
            using var temp = new TempFolder();
            var folder = temp.PathOf("train");
            WriteSet(folder, "old");
            var takenByAnother = true;

            // When
            AtomicFolder.Replace(folder, Owned, fill =>
            {
                using var other = LockContention.TryTake(temp.PathOf(".train.lock"));
                takenByAnother = other is not null;
                WriteSet(fill, "new");
            });

            // Then: another writer could not take its turn during the write, and can after it
            Assert.False(takenByAnother);
            using var after = LockContention.TryTake(temp.PathOf(".train.lock"));
            Assert.NotNull(after);
            AssertSet(folder, "new");
        }

        [Fact]
        public void Should_Replace_The_Folder_A_Symbolic_Link_Points_To_And_Keep_The_Link()
        {
            // Given: --out is a link to a folder elsewhere (a bigger disk), which holds a file of the user's
            using var temp = new TempFolder();
            var target = temp.PathOf("disk/train");
            WriteSet(target, "old");
            temp.Write("disk/train/keep.txt", "the user's");
            var link = temp.PathOf("out/train");
            Directory.CreateDirectory(temp.PathOf("out"));
            Directory.CreateSymbolicLink(link, target);

            // When
            AtomicFolder.Replace(link, Owned, fill => WriteSet(fill, "new"));

            // Then: the link still points at the folder, which now holds the new set and still the user's file
            Assert.Equal(target, new DirectoryInfo(link).LinkTarget);
            AssertSet(target, "new");
            Assert.Equal("the user's", File.ReadAllText(Path.Combine(target, "keep.txt")));
        }

        [Fact]
        public void Should_Refuse_The_Current_Directory_As_The_Folder()
        {
            // When: it would be moved aside whole, the working directory with it
            var error = Assert.Throws<InputException>(() => AtomicFolder.Replace(Environment.CurrentDirectory, Owned, _ => { }));

            // Then
            Assert.Contains("cannot be the current directory", error.Problem, StringComparison.Ordinal);
        }
    }
}
