namespace CiCd.Testing;

/// <summary>The checkout the tests run from: the folder holding CiCd.sln, found by walking up from the test binaries.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    /// <summary>A path inside the repository, from '/'-separated parts.</summary>
    public static string PathOf(string relative) => System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

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
