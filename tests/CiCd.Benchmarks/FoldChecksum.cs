using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CiCd.Benchmarks;

/// <summary>
/// A short hash of "row,fold,target" lines (target with six decimals): the scikit-learn peer computes the same from the
/// CSV it reads and the fold file, so equal checksums mean both sides put the very same rows, in the same order, in the
/// same folds (a dropped or shifted row changes the targets the folds hold, not only the fold list).
/// </summary>
internal static class FoldChecksum
{
    public static string Of(IReadOnlyList<int> folds, IReadOnlyList<double> targets)
    {
        var text = new StringBuilder();
        for (var row = 0; row < folds.Count; row++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{row},{folds[row]},{targets[row].ToString("F6", CultureInfo.InvariantCulture)}\n");
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
