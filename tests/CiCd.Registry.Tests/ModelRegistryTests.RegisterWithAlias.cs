using CiCd.Errors;
using CiCd.Registry.Aliases;

namespace CiCd.Registry.Tests;

public static partial class ModelRegistryTests
{
    // `mlops model register --alias development`: a kill between two writes left a version without its alias.
    public sealed class TheRegisterMethodWithAnAlias : WithARegistry
    {
        [Fact]
        public void Should_Write_The_Version_And_Move_The_Alias_To_It_In_One_Commit()
        {
            // Given: version 1 holds the alias; a registry that counts its commits
            Registry.Register(Request() with { Alias = ModelAliases.Development });
            var commits = 0;
            var counted = new ModelRegistry(Options with { BeforeCommit = () => commits++ });

            // When
            var version = counted.Register(Request() with { Alias = ModelAliases.Development });

            // Then
            var model = Registry.Show("credit");
            Assert.Equal(1, commits);
            Assert.Equal(2, model.Aliases[ModelAliases.Development]);
            Assert.Equal(
                new AliasChange(ModelAliases.Development, AliasChangeKind.Promote, 1, 2, version.RegisteredAt, "ada", "registered from run run-2"),
                model.History[^1]);
        }

        [Fact]
        public void Should_Leave_Neither_The_Version_Nor_The_Alias_When_The_Commit_Fails()
        {
            // Given: a writer that dies before its one commit
            Register();
            var before = File.ReadAllBytes(RegistryFilePath());
            var dying = new ModelRegistry(Options with { BeforeCommit = () => throw new IOException("killed") });

            // When
            Assert.Throws<IOException>(() => dying.Register(Request() with { Alias = ModelAliases.Development }));

            // Then
            Assert.Equal(before, File.ReadAllBytes(RegistryFilePath()));
            Assert.Empty(Registry.Show("credit").Aliases);
        }

        [Fact]
        public void Should_Refuse_An_Unknown_Alias_Before_Copying_Anything()
        {
            // Given
            var request = Request() with { Alias = "staging" };

            // When
            var error = Assert.Throws<InputException>(() => Registry.Register(request));

            // Then
            Assert.Contains("staging", error.Message);
            Assert.False(Directory.Exists(Path.Combine(Options.Root, "credit")));
        }
    }
}
