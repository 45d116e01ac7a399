namespace CiCd.Image.Tests.Fixtures;

/// <summary>The checkout the tests run from: the folder holding CiCd.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

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
