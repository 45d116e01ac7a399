using System.Security.Cryptography;
using System.Text;

namespace CiCd.Storage;

/// <summary>SHA-256 of content as lowercase hex: the identity of artefacts and model files.</summary>
public static class ContentHash
{
    /// <summary>Hashes a stream from its current position to the end.</summary>
    public static string Of(Stream content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>Hashes a file's bytes.</summary>
    public static string OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Of(stream);
    }

    /// <summary>Hashes UTF-8 text (canonical content, cache keys).</summary>
    public static string OfText(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>True when <paramref name="text"/> is 64 lowercase hex digits.</summary>
    public static bool IsValid(string text) =>
        text.Length == 64 && text.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
