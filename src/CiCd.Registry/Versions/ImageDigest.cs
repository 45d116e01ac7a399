using CiCd.Errors;
using CiCd.Storage;

namespace CiCd.Registry.Versions;

/// <summary>An OCI image digest: <c>sha256:</c> and 64 lowercase hex digits.</summary>
internal static class ImageDigest
{
    private const string Prefix = "sha256:";

    public static bool IsValid(string digest) =>
        digest.StartsWith(Prefix, StringComparison.Ordinal) && ContentHash.IsValid(digest[Prefix.Length..]);

    public static void Require(string digest)
    {
        if (!IsValid(digest))
        {
            throw new InputException($"'{digest}' is not an image digest (sha256: followed by 64 lowercase hex digits)");
        }
    }
}
