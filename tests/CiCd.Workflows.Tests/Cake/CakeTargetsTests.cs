namespace CiCd.Workflows.Tests.Cake;

public static class CakeTargetsTests
{
    private const string Script = """
        Task("Build")
            .Does(() => DotNetBuild("CiCd.sln"));
        // A comment between tasks.
        Task("Version").IsDependentOn("Build").Does(() => { });
        Task("Publish")
            .IsDependentOn("Version")
            .IsDependentOn("Pull")
            .Does(() => { });
        Task("Pull").Does(() => { });
        """;

    public sealed class TheRunsMethod
    {
        [Fact]
        public void Should_Follow_Dependencies_Transitively()
        {
            // Given
            var targets = CakeTargets.Parse([Script]);

            // When
            var runs = targets.Runs("Publish");

            // Then
            Assert.Equal(["Build", "Publish", "Pull", "Version"], runs.Order(StringComparer.Ordinal));
        }

        [Fact]
        public void Should_Run_The_Task_Alone_When_Exclusive()
        {
            // Given
            var targets = CakeTargets.Parse([Script]);

            // When
            var runs = targets.RunsOf("./build.sh --target Publish --exclusive");

            // Then
            Assert.Equal(["Publish"], runs);
        }

        [Fact]
        public void Should_Name_A_Target_No_Script_Declares() =>
            Assert.Contains("Deploy", Assert.Throws<KeyNotFoundException>(() => CakeTargets.Parse([Script]).Runs("Deploy")).Message, StringComparison.Ordinal);

        [Fact]
        public void Should_See_That_The_Release_Target_Builds_The_Repository()
        {
            // When: the repository's own scripts
            var runs = CakeTargets.Load().Runs("Release");

            // Then: why release.yml runs its tasks as `mlops` calls of a verified package and not as `--target Release`
            Assert.Contains("Build", runs);
        }
    }

    public sealed class TheGateTarget
    {
        [Fact]
        public void Should_Build_Only_The_Tool_Not_The_Test_Projects()
        {
            // When: the main job a newcomer runs first
            var runs = CakeTargets.Load().Runs("Gate");

            // Then
            Assert.Contains("BuildCli", runs);
            Assert.DoesNotContain("Build", runs);
        }
    }

    public sealed class TheTestTarget
    {
        [Fact]
        public void Should_Put_The_Packages_ReadyToRun_Images_In_Place_After_The_Build()
        {
            // When
            var targets = CakeTargets.Load();

            // Then: the test folders the build has just filled get the images (build/ready-to-run.sh) before any test runs
            Assert.Contains("ReadyToRun", targets.DependenciesOf("Test"));
            Assert.Contains("Build", targets.DependenciesOf("ReadyToRun"));
            Assert.DoesNotContain("ReadyToRun", targets.Runs("Gate"));
        }
    }

    public sealed class TheParseMethod
    {
        [Fact]
        public void Should_Refuse_A_Task_Declared_Twice() =>
            Assert.Throws<InvalidOperationException>(() => CakeTargets.Parse([Script, "Task(\"Pull\");"]));
    }
}
