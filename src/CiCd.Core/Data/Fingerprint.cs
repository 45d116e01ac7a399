using System.Security.Cryptography;
using System.Text;

namespace CiCd.Data;

/// <summary>sha256 helpers: of a file's bytes, and of text (canonical content).</summary>
public static class Fingerprint
{
    /// <summary>Lower-case hex sha256 of a file's bytes.</summary>
    public static string Sha256OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Lower-case hex sha256 of UTF-8 text.</summary>
    public static string Sha256OfText(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
