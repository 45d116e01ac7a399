using System.Security.Cryptography;

namespace CiCd.DataVersions.Stores;

/// <summary>OCI digests (<c>sha256:</c> + lowercase hex).</summary>
public static class Digests
{
    /// <summary>The digest of <paramref name="bytes"/>.</summary>
    public static string Of(byte[] bytes) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The digest an incremental hash finished with.</summary>
    public static string Of(IncrementalHash hash) => "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());

    /// <summary>The hex part of a digest (a file name in the local cache), after checking its shape.</summary>
    public static string Hex(string digest) =>
        digest.StartsWith("sha256:", StringComparison.Ordinal) && CiCd.Storage.ContentHash.IsValid(digest[7..]) ? digest[7..]
            : throw new CiCd.Errors.MlopsException($"'{digest}' is not a sha256 digest", CiCd.Errors.ExitCodes.CheckFailed);
}
