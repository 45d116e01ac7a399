using System.Text.RegularExpressions;

namespace CiCd.Workflows.Tests.Cake;

/// <summary>
/// The Test and DataTests targets choose tests by trait (build/tests.cake, TestSelection), not by how a project is
/// named: every xunit project is in the Test target's selection, and DataTests runs every project that declares
/// <see cref="TestCategory.Data"/> tests.
/// </summary>
public static partial class TestSelectionTests
{
    private static string Script => File.ReadAllText(RepositoryRoot.PathOf("build/tests.cake"));

    /// <summary>The test projects under tests/: those that run xunit (benchmarks and helpers do not).</summary>
    private static IEnumerable<string> XunitProjects() =>
        Directory.EnumerateFiles(RepositoryRoot.PathOf("tests"), "*.csproj", SearchOption.AllDirectories)
            .Where(project => File.ReadAllText(project).Contains("xunit.runner.visualstudio", StringComparison.Ordinal))
            .Select(project => Path.GetRelativePath(RepositoryRoot.Path, project).Replace('\\', '/'));

    public sealed class TheTestTarget
    {
        [Fact]
        public void Should_Select_Every_Xunit_Project()
        {
            // Given: the glob the Test target runs, as a regular expression
            var glob = ProjectsGlob().Match(Script).Groups[1].Value;
            var pattern = new Regex("^" + Regex.Escape(glob).Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "$");

            // When
            var missed = XunitProjects().Where(project => !pattern.IsMatch(project)).ToList();

            // Then: CiCd.DataTests included, its tests left out by the trait filter instead
            Assert.NotEmpty(glob);
            Assert.Empty(missed);
        }

        [Fact]
        public void Should_Leave_Out_The_Data_Tests_By_Trait()
        {
            // Given
            var build = File.ReadAllText(RepositoryRoot.PathOf("build/build.cake"));

            // When
            var test = build[build.IndexOf("Task(\"Test\")", StringComparison.Ordinal)..build.IndexOf("Task(\"DataTests\")", StringComparison.Ordinal)];

            // Then: every project without the data tests; a data project whole only when they join the pool
            Assert.Contains("var whole = TestSelection.RunsWhole(project, p.DataTestsInTestPool);", test, StringComparison.Ordinal);
            Assert.Contains("Filter = whole ? null : TestSelection.Without(TestSelection.Data),", test, StringComparison.Ordinal);
            Assert.Contains("withDataTests && DataProjects.Any(data => project.FullPath.EndsWith(data, StringComparison.Ordinal));", Script, StringComparison.Ordinal);
            Assert.Contains($"public const string Trait = \"{TestCategory.Trait}\";", Script, StringComparison.Ordinal);
            Assert.Contains($"public const string Data = \"{TestCategory.Data}\";", Script, StringComparison.Ordinal);
        }
    }

    public sealed class TheDataTestsTarget
    {
        [Fact]
        public void Should_Leave_Its_Tests_To_The_Test_Pool_Only_In_A_Run_Of_Both()
        {
            // Given
            var build = File.ReadAllText(RepositoryRoot.PathOf("build/build.cake"));

            // When: the setup's condition, and the task's first step
            var setup = build[build.IndexOf("Setup<BuildParameters>", StringComparison.Ordinal)..build.IndexOf("Teardown<BuildParameters>", StringComparison.Ordinal)];
            var task = build[build.IndexOf("Task(\"DataTests\")", StringComparison.Ordinal)..build.IndexOf("Task(\"Validate\")", StringComparison.Ordinal)];

            // Then: a DataTests run alone, or Test alone, still runs the data tests' own way
            Assert.Contains("context.TasksToExecute.Any(task => task.Name == \"Test\") && context.TasksToExecute.Any(task => task.Name == \"DataTests\")", setup, StringComparison.Ordinal);
            Assert.Matches(@"if \(p\.DataTestsInTestPool\)\s*\{[^}]*return;", task);
        }

        [Fact]
        public void Should_Run_Every_Project_That_Declares_Data_Tests()
        {
            // Given: the projects with a file that marks tests with the Data trait
            var declaring = XunitProjects()
                .Where(project => Directory.EnumerateFiles(Path.GetDirectoryName(RepositoryRoot.PathOf(project))!, "*.cs", SearchOption.AllDirectories)
                    .Any(file => DataTrait().IsMatch(File.ReadAllText(file))))
                .Order(StringComparer.Ordinal)
                .ToList();

            // When
            var listed = DataProjectsLine().Match(Script).Groups[1].Value.Split(',')
                .Select(entry => entry.Trim().Trim('"'))
                .Order(StringComparer.Ordinal)
                .ToList();

            // Then
            Assert.Contains("tests/CiCd.DataTests/CiCd.DataTests.csproj", declaring);
            Assert.Equal(declaring, listed);
        }
    }

    [GeneratedRegex(@"static FilePathCollection Projects\(ICakeContext context\) => context\.GetFiles\(""([^""]+)""\)")]
    private static partial Regex ProjectsGlob();

    [GeneratedRegex(@"DataProjects = \[([^\]]*)\]")]
    private static partial Regex DataProjectsLine();

    [GeneratedRegex(@"Trait\(\s*TestCategory\.Trait\s*,\s*TestCategory\.Data\s*\)")]
    private static partial Regex DataTrait();
}
