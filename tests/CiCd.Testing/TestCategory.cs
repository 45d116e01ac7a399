namespace CiCd.Testing;

/// <summary>
/// The trait the build selects tests by (build/tests.cake, TestSelection): the Test target runs every test project
/// with <c>Category!=Data</c>, the DataTests target only <c>Category=Data</c>.
/// </summary>
public static class TestCategory
{
    public const string Trait = "Category";

    /// <summary>Tests of the shipped data and configs (sha256 of every file, the example configs train): DataTests runs them.</summary>
    public const string Data = "Data";

    /// <summary>
    /// Tests that start or need a real component (PostgreSQL, Docker engine, image registry, Chromium), given by their
    /// fact attributes: <c>--filter Category!=Infrastructure</c> runs the fast tests only.
    /// </summary>
    public const string Infrastructure = "Infrastructure";
}
