using CiCd.Errors;

namespace CiCd.Registry.Tests.Sharing;

public static partial class RegistryBranchTests
{
    public sealed partial class ThePullMethod
    {
        // A writer registered version 1 and pushed it; a job then pulled it into a clone of its own.
        private static (string Writer, string Job) PulledByAJob(GitRemote remote)
        {
            var writer = remote.Clone("writer");
            Register(writer);
            Branch(writer).Push(Models(writer), "v1", "ci");
            var job = remote.Clone("job");
            Branch(job).Pull(Models(job));
            return (writer, job);
        }

        [Fact]
        public void Should_Delete_Local_Files_When_The_Branch_No_Longer_Has_Them()
        {
            // Given: a job pulled a state with a note, and the branch has since dropped it
            using var remote = new GitRemote();
            var writer = remote.Clone("writer");
            Register(writer);
            Write(writer, "NOTES.md", "old");
            Write(writer, "german-credit/stray.txt", "old");
            Branch(writer).Push(Models(writer), "with notes", "ci");
            var job = remote.Clone("job");
            Branch(job).Pull(Models(job));
            File.Delete(Path.Combine(Models(writer), "NOTES.md"));
            File.Delete(Path.Combine(Models(writer), "german-credit", "stray.txt"));
            Branch(writer).Push(Models(writer), "without notes", "ci");

            // When
            Branch(job).Pull(Models(job));

            // Then: the folder is exactly the branch, so a later push cannot bring the files back
            Assert.False(File.Exists(Path.Combine(Models(job), "NOTES.md")));
            Assert.False(File.Exists(Path.Combine(Models(job), "german-credit", "stray.txt")));
            Assert.Equal(RegistryJson(writer), RegistryJson(job));
        }

        [Fact]
        public void Should_Bring_The_New_Versions_And_Aliases_When_The_Branch_Moved_Since_The_Last_Pull()
        {
            // Given
            using var remote = new GitRemote();
            var (writer, job) = PulledByAJob(remote);
            Register(writer, alias: "production");
            Branch(writer).Push(Models(writer), "v2", "ci");

            // When
            Branch(job).Pull(Models(job));

            // Then
            Assert.Equal(RegistryJson(writer), RegistryJson(job));
            Assert.Equal(4, new ModelRegistry(new RegistryOptions { Root = Models(job) }).Verify());
            Assert.Empty(Directory.EnumerateFileSystemEntries(job, ".models.pull-*"));
        }

        [Fact]
        public void Should_Refuse_With_Exit_Code_1_And_Keep_Local_Changes_When_A_Pull_Would_Drop_Them()
        {
            // Given: the job registered a version it has not pushed, and another job pushed meanwhile
            using var remote = new GitRemote();
            var (writer, job) = PulledByAJob(remote);
            Register(job);
            var local = RegistryJson(job);
            Register(writer);
            Branch(writer).Push(Models(writer), "v2 elsewhere", "ci");

            // When
            var error = Assert.Throws<MlopsException>(() => Branch(job).Pull(Models(job)));

            // Then
            Assert.Equal(ExitCodes.CheckFailed, error.ExitCode);
            Assert.Contains(Models(job), error.Message, StringComparison.Ordinal);
            Assert.Contains("german-credit/registry.json", error.Message, StringComparison.Ordinal);
            Assert.Contains("mlops model sync push", error.Message, StringComparison.Ordinal);
            Assert.Equal(local, RegistryJson(job));
        }

        [Fact]
        public void Should_Refuse_When_This_Clone_Never_Pulled_And_Its_Registry_Differs_From_The_Branch()
        {
            // Given
            using var remote = new GitRemote();
            var writer = remote.Clone("writer");
            Register(writer);
            Branch(writer).Push(Models(writer), "v1", "ci");
            var laptop = remote.Clone("laptop");
            Register(laptop);

            // When
            var error = Assert.Throws<MlopsException>(() => Branch(laptop).Pull(Models(laptop)));

            // Then
            Assert.Equal(ExitCodes.CheckFailed, error.ExitCode);
            Assert.Contains("never pulled", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Pull_Into_A_Clone_That_Never_Pulled_When_Its_Files_Are_The_Branchs_Own()
        {
            // Given: the branch holds a version and a README; a fresh checkout of the repository tracks the same README
            // in models/ (what every workflow job starts from)
            using var remote = new GitRemote();
            var writer = remote.Clone("writer");
            Write(writer, "README.md", "the registry\n");
            Register(writer, alias: "production");
            Branch(writer).Push(Models(writer), "v1", "ci");
            var job = remote.Clone("job");
            Write(job, "README.md", "the registry\n");

            // When
            Branch(job).Pull(Models(job));

            // Then: nothing of the clone's is lost, so nothing is refused
            Assert.Equal(RegistryJson(writer), RegistryJson(job));
            Assert.Equal("the registry\n", Read(job, "README.md"));
        }

        [Fact]
        public void Should_Leave_The_Registry_As_It_Was_When_A_File_On_The_Branch_Is_Corrupt()
        {
            // Given: a branch whose model file no longer matches the recorded SHA-256
            using var remote = new GitRemote();
            var (writer, job) = PulledByAJob(remote);
            var before = RegistryJson(job);
            Register(writer, alias: "production");
            Write(writer, "german-credit/v2/model.zip", "tampered");
            Branch(writer).Push(Models(writer), "corrupt v2", "ci");

            // When
            var error = Assert.Throws<MlopsException>(() => Branch(job).Pull(Models(job)));

            // Then: nothing live changed and no staging folder is left behind
            Assert.Contains("v2/model.zip is corrupt", error.Message, StringComparison.Ordinal);
            Assert.Equal(before, RegistryJson(job));
            Assert.False(Directory.Exists(Path.Combine(Models(job), "german-credit", "v2")));
            Assert.Empty(Directory.EnumerateFileSystemEntries(job, ".models.pull-*"));
        }

        [Fact]
        public void Should_Fail_Naming_The_File_When_A_Registry_File_On_The_Branch_Does_Not_Parse()
        {
            // Given
            using var remote = new GitRemote();
            var writer = remote.Clone("writer");
            Write(writer, "german-credit/registry.json", "{ truncated");
            Branch(writer).Push(Models(writer), "broken", "ci");
            var job = remote.Clone("job");

            // When
            var error = Assert.Throws<InputException>(() => Branch(job).Pull(Models(job)));

            // Then
            Assert.EndsWith(Path.Combine("german-credit", "registry.json"), error.File, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Models(job)));
        }
    }
}
