using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CiCd.Serving.Security;

/// <summary>Checks the key a request presents against the configured one, in constant time so timing leaks nothing about it.</summary>
public static class KeyCheck
{
    /// <summary>Null when <paramref name="context"/> presents <paramref name="expected"/> in <paramref name="header"/>, else a 401 naming the header.</summary>
    public static ProblemHttpResult? Refusal(HttpContext context, string expected, string header, string kind)
    {
        var presented = context.Request.Headers[header].ToString();
        return Matches(expected, presented)
            ? null
            : TypedResults.Problem($"send the {kind} key in the {header} header", statusCode: StatusCodes.Status401Unauthorized,
                title: $"Missing or wrong {kind} key");
    }

    /// <summary>Whether <paramref name="presented"/> equals <paramref name="expected"/>.</summary>
    public static bool Matches(string expected, string presented) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}
