using CiCd.Errors;

namespace CiCd.Data.Columnar;

/// <summary>Which reader a data file needs, by its extension.</summary>
public static class TabularFile
{
    /// <summary>Whether <paramref name="path"/> names a Parquet file (<c>.parquet</c>, any case).</summary>
    public static bool IsParquet(string path) => path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Refuses an ARFF file (<c>.arff</c>, any case) with the command that converts it: read as CSV, its comment lines
    /// would be taken for the header and every column reported missing.
    /// </summary>
    public static void RefuseArff(string path)
    {
        if (path.EndsWith(".arff", StringComparison.OrdinalIgnoreCase))
        {
            throw new InputException(path, null, null,
                $"an ARFF file; convert it to CSV first: mlops data import {path} --out {Path.ChangeExtension(path, ".csv")} (mlops init converts it itself)");
        }
    }
}
