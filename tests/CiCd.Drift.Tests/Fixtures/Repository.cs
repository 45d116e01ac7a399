namespace CiCd.Drift.Tests.Fixtures;

/// <summary>Files of the repository the tests read: the shipped config and the German credit data.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string ShippedConfig => Path.Combine(Root, "mlops.yaml");

    public static string GermanCredit => Path.Combine(Root, "data", "raw", "german_credit.csv");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CiCd.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("CiCd.sln not found above the test binaries");
    }
}
