using System.Globalization;
using CiCd.Errors;
using CiCd.Registry.Sharing;
using CiCd.Registry.Versions;

namespace CiCd.Registry.Tests.Sharing;

public static partial class RegistryBranchTests
{
    private const string BranchName = "mlops-registry";

    private static RegistryBranch Branch(string clone, string remote = "origin", string name = BranchName) =>
        new(clone, remote, name, new Dictionary<string, string>());

    private static string Models(string clone) => Path.Combine(clone, "models");

    private static void Write(string clone, string file, string content)
    {
        var path = Path.Combine(Models(clone), file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private static string Read(string clone, string file) => File.ReadAllText(Path.Combine(Models(clone), file));

    // A real registration (pull verifies what it pulls): a version of german-credit with its files, optionally promoted.
    private static void Register(string clone, string? alias = null)
    {
        var registry = new ModelRegistry(new RegistryOptions { Root = Models(clone), User = "ci" });
        var inputs = Directory.CreateTempSubdirectory("mlops-sync-inputs-");
        try
        {
            var model = Path.Combine(inputs.FullName, "model.zip");
            var card = Path.Combine(inputs.FullName, "card.json");
            File.WriteAllText(model, $"weights from {Path.GetFileName(clone)} {Guid.NewGuid()}");
            File.WriteAllText(card, "{}");
            var version = registry.Register(new RegistrationRequest { Model = Model, ModelFile = model, CardFile = card, RunId = "run" });
            if (alias is not null)
            {
                registry.Promote(Model, version.Version.ToString(CultureInfo.InvariantCulture), alias, "test");
            }
        }
        finally
        {
            inputs.Delete(recursive: true);
        }
    }

    private const string Model = "german-credit";

    private static string RegistryJson(string clone) => Read(clone, $"{Model}/registry.json");

    public sealed class TheConstructor
    {
        [Theory]
        [InlineData("")]
        [InlineData("two words")]
        [InlineData("a..b")]
        [InlineData("a:b")]
        public void Should_Refuse_A_Branch_Name_Git_Would_Refuse(string name)
        {
            // Given
            using var remote = new GitRemote();

            // When
            var error = Assert.Throws<InputException>(() => Branch(remote.Clone("job"), name: name));

            // Then
            Assert.Contains("--branch", error.Message, StringComparison.Ordinal);
        }
    }

    public sealed partial class ThePullMethod
    {
        [Fact]
        public void Should_Leave_The_Folder_As_It_Is_When_The_Branch_Does_Not_Exist_Yet()
        {
            // Given
            using var remote = new GitRemote();
            var job = remote.Clone("job");
            Write(job, "README.md", "local");

            // When
            var result = Branch(job).Pull(Models(job));

            // Then
            Assert.Equal(new SyncResult(BranchName, null, Changed: false), result);
            Assert.Equal("local", Read(job, "README.md"));
        }

        [Fact]
        public void Should_Write_What_An_Earlier_Job_Pushed_Into_A_Fresh_Checkout()
        {
            // Given
            using var remote = new GitRemote();
            var certification = remote.Clone("certification");
            Register(certification, alias: "certification");
            var pushed = Branch(certification).Push(Models(certification), "certify v1", "ci");

            // When
            var release = remote.Clone("release");
            var result = Branch(release).Pull(Models(release));

            // Then
            Assert.Equal(pushed.Commit, result.Commit);
            Assert.True(result.Changed);
            Assert.Equal(RegistryJson(certification), RegistryJson(release));
            Assert.Equal(Read(certification, "german-credit/v1/model.zip"), Read(release, "german-credit/v1/model.zip"));
        }

        [Fact]
        public void Should_Fail_Naming_The_Remote_When_It_Cannot_Be_Read()
        {
            // Given
            using var remote = new GitRemote();
            var job = remote.Clone("job");
            var missing = Path.Combine(job, "no-such-remote.git");

            // When
            var error = Assert.Throws<MlopsException>(() => Branch(job, remote: missing).Pull(Models(job)));

            // Then
            Assert.Equal(ExitCodes.InputError, error.ExitCode);
            Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        }
    }

    public sealed class ThePushMethod
    {
        [Fact]
        public void Should_Create_The_Branch_On_The_First_Push_With_The_Message_And_Author()
        {
            // Given
            using var remote = new GitRemote();
            var job = remote.Clone("job");
            Branch(job).Pull(Models(job));
            Write(job, "german-credit/registry.json", "{}");

            // When
            var result = Branch(job).Push(Models(job), "certification run 7", "octocat");

            // Then
            Assert.True(result.Changed);
            Assert.Equal(result.Commit, GitRemote.Git(remote.Origin, "rev-parse", $"refs/heads/{BranchName}"));
            Assert.Equal("certification run 7|octocat", GitRemote.Git(remote.Origin, "log", "-1", "--format=%s|%an", BranchName));
            Assert.Equal("german-credit/registry.json", GitRemote.Git(remote.Origin, "ls-tree", "-r", "--name-only", BranchName));
        }

        [Fact]
        public void Should_Push_Nothing_When_The_Folder_Is_As_Pulled()
        {
            // Given
            using var remote = new GitRemote();
            var first = remote.Clone("first");
            Register(first);
            var pushed = Branch(first).Push(Models(first), "first", "ci");
            var second = remote.Clone("second");
            Branch(second).Pull(Models(second));

            // When
            var result = Branch(second).Push(Models(second), "nothing new", "ci");

            // Then
            Assert.Equal(new SyncResult(BranchName, pushed.Commit, Changed: false), result);
            Assert.Equal(pushed.Commit, GitRemote.Git(remote.Origin, "rev-parse", $"refs/heads/{BranchName}"));
        }

        [Fact]
        public void Should_Build_On_The_Pulled_Commit_So_The_Branch_Keeps_Its_History()
        {
            // Given
            using var remote = new GitRemote();
            var certification = remote.Clone("certification");
            Register(certification, alias: "certification");
            var certified = Branch(certification).Push(Models(certification), "certify", "ci");
            var release = remote.Clone("release");
            Branch(release).Pull(Models(release));
            new ModelRegistry(new RegistryOptions { Root = Models(release) }).Promote(Model, "1", "production", "release");

            // When
            var released = Branch(release).Push(Models(release), "release", "ci");

            // Then
            Assert.Equal(certified.Commit, GitRemote.Git(remote.Origin, "rev-parse", $"{released.Commit}^"));
        }

        [Fact]
        public void Should_Refuse_With_Exit_Code_1_When_Another_Job_Pushed_Since_The_Pull()
        {
            // Given: two jobs pull the same state, and one of them pushes first
            using var remote = new GitRemote();
            var first = remote.Clone("first");
            Register(first);
            Branch(first).Push(Models(first), "first", "ci");
            var early = remote.Clone("early");
            var late = remote.Clone("late");
            Branch(early).Pull(Models(early));
            Branch(late).Pull(Models(late));
            Register(early);
            var winner = Branch(early).Push(Models(early), "early", "ci");
            Register(late);

            // When
            var error = Assert.Throws<MlopsException>(() => Branch(late).Push(Models(late), "late", "ci"));

            // Then: the first job's state is kept, and the message says what to do
            Assert.Equal(ExitCodes.CheckFailed, error.ExitCode);
            Assert.Contains("re-run this job", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("hint:", error.Message, StringComparison.Ordinal);
            Assert.Equal(winner.Commit, GitRemote.Git(remote.Origin, "rev-parse", $"refs/heads/{BranchName}"));
        }

        [Fact]
        public void Should_Say_Pull_First_When_This_Clone_Never_Pulled_The_Existing_Branch()
        {
            // Given: another job created the branch, and this clone registers without pulling it
            using var remote = new GitRemote();
            var first = remote.Clone("first");
            Register(first);
            Branch(first).Push(Models(first), "first", "ci");
            var job = remote.Clone("job");
            Register(job);

            // When
            var error = Assert.Throws<MlopsException>(() => Branch(job).Push(Models(job), "unpulled", "ci"));

            // Then
            Assert.Equal(ExitCodes.CheckFailed, error.ExitCode);
            Assert.Contains("run `mlops model sync pull` first", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("re-run", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Leave_The_Registry_Lock_Files_Out()
        {
            // Given
            using var remote = new GitRemote();
            var job = remote.Clone("job");
            Write(job, "german-credit/registry.json", "{}");
            Write(job, "german-credit/.lock", "pid 42");

            // When
            Branch(job).Push(Models(job), "with a lock held", "ci");

            // Then
            Assert.Equal("german-credit/registry.json", GitRemote.Git(remote.Origin, "ls-tree", "-r", "--name-only", BranchName));
        }

        [Fact]
        public void Should_Leave_The_Checkout_Head_Index_And_Branches_Untouched()
        {
            // Given
            using var remote = new GitRemote();
            var job = remote.Clone("job");
            var head = GitRemote.Git(job, "rev-parse", "HEAD");
            Write(job, "german-credit/registry.json", "{}");

            // When
            Branch(job).Push(Models(job), "registry", "ci");

            // Then
            Assert.Equal(head, GitRemote.Git(job, "rev-parse", "HEAD"));
            Assert.Equal("master", GitRemote.Git(job, "branch", "--show-current"));
            Assert.Equal("?? models/", GitRemote.Git(job, "status", "--porcelain"));
        }

        [Fact]
        public void Should_Fail_Naming_The_Folder_When_There_Is_No_Registry()
        {
            // Given
            using var remote = new GitRemote();
            var job = remote.Clone("job");

            // When
            var error = Assert.Throws<InputException>(() => Branch(job).Push(Models(job), "nothing", "ci"));

            // Then
            Assert.Equal(Models(job), error.File);
        }
    }
}
