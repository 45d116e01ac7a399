namespace CiCd.Serving.Tests.Fixtures;

/// <summary>Finds the repository root (the folder holding CiCd.sln) from the test binaries.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = Find();

    public static string Data(string file) => Path.Combine(Root, "data", "raw", file);

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CiCd.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("CiCd.sln not found above " + AppContext.BaseDirectory);
    }
}
