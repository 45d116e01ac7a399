namespace CiCd.Data.Columnar;

/// <summary>Which reader a data file needs, by its extension.</summary>
public static class TabularFile
{
    /// <summary>Whether <paramref name="path"/> names a Parquet file (<c>.parquet</c>, any case).</summary>
    public static bool IsParquet(string path) => path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);
}
