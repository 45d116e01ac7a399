using System.Text.RegularExpressions;

namespace CiCd.Data.Profiling;

/// <summary>Column names that say "identifier": <c>id</c>, <c>customer_id</c>, <c>orderId</c>, <c>uuid</c>, <c>key</c>, <c>index</c>.</summary>
internal static partial class IdentifierName
{
    /// <summary>Whether <paramref name="name"/> reads as an identifier's name (camel-case <c>Id</c> only with a capital I, so <c>paid</c> and <c>valid</c> do not).</summary>
    public static bool Matches(string name) => IdName().IsMatch(name);

    [GeneratedRegex(@"(^id$|^id[_\- ]|[_\- ]id$|(?-i:[a-z]Id)$|^(uuid|guid|key|index)$)", RegexOptions.IgnoreCase)]
    private static partial Regex IdName();
}
