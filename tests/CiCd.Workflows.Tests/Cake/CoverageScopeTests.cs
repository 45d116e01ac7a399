using System.Xml.Linq;

namespace CiCd.Workflows.Tests.Cake;

/// <summary>
/// The Test target's coverage instruments, per test project, the assemblies its csproj names in CoveredAssemblies
/// (build/tests.cake, CoverageScope); the target fails on a project without the list, so every project must have one,
/// naming assemblies the repository builds.
/// </summary>
public static class CoverageScopeTests
{
    private const string Property = "CoveredAssemblies";

    public sealed class TheCoveredAssemblies
    {
        [Fact]
        public void Should_Be_Declared_By_Every_Test_Project_Of_The_Test_Target_Naming_Assemblies_The_Repository_Builds()
        {
            // Given: the projects the Test target runs, and the assemblies the repository builds
            var projects = Directory.EnumerateFiles(RepositoryRoot.PathOf("tests"), "*Tests.csproj", SearchOption.AllDirectories);
            var built = Directory.EnumerateFiles(RepositoryRoot.PathOf("src"), "*.csproj", SearchOption.AllDirectories)
                .Concat(Directory.EnumerateFiles(RepositoryRoot.PathOf("tests"), "*.csproj", SearchOption.AllDirectories))
                .Select(AssemblyName)
                .ToHashSet(StringComparer.Ordinal);

            // When
            var problems = projects
                .Select(project => (Name: Path.GetFileName(project), Covered: XDocument.Load(project).Descendants(Property).SingleOrDefault()?.Value))
                .SelectMany(project => project.Covered is null
                    ? [$"{project.Name}: no <{Property}>"]
                    : project.Covered.Trim() == "*"
                    ? []
                    : project.Covered.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Where(assembly => !built.Contains(assembly))
                        .Select(assembly => $"{project.Name}: {assembly} is built by no project"))
                .ToList();

            // Then
            Assert.NotEmpty(projects);
            Assert.Empty(problems);
        }

        [Fact]
        public void Should_Reach_Dotnet_Test_In_The_Test_Target()
        {
            // Given
            var build = File.ReadAllText(RepositoryRoot.PathOf("build/build.cake"));
            var script = File.ReadAllText(RepositoryRoot.PathOf("build/tests.cake"));

            // When
            var test = build[build.IndexOf("Task(\"Test\")", StringComparison.Ordinal)..build.IndexOf("Task(\"DataTests\")", StringComparison.Ordinal)];

            // Then
            Assert.Contains(".Append(whole ? \"\" : CoverageScope.Arguments(project))", test, StringComparison.Ordinal);
            Assert.Contains("const string collect = \"--collect \\\"XPlat Code Coverage\\\"\";", script, StringComparison.Ordinal);
            Assert.Contains($"public const string Property = \"{Property}\";", script, StringComparison.Ordinal);
        }
    }

    private static string AssemblyName(string project) =>
        XDocument.Load(project).Descendants("AssemblyName").SingleOrDefault()?.Value ?? Path.GetFileNameWithoutExtension(project);
}
