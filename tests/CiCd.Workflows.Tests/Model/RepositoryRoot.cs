namespace CiCd.Workflows.Tests.Model;

/// <summary>The checkout the tests run in: the folder above the test binaries that holds CiCd.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string WorkflowsFolder => System.IO.Path.Combine(Path, ".github", "workflows");

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "CiCd.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"no CiCd.sln above {AppContext.BaseDirectory}");
    }
}
