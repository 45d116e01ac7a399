using System.Text.RegularExpressions;

namespace CiCd.Configuration;

/// <summary>
/// The names the model registry accepts: they become folder names, so they are kept to a portable alphabet. Here, not in
/// the registry, so that the config can say which of its fields holds a name the registry would refuse.
/// </summary>
public static partial class ModelNames
{
    /// <summary>The rule, as messages state it.</summary>
    public const string Rule = "1–100 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit";

    /// <summary>The longest name.</summary>
    public const int MaxLength = 100;

    /// <summary>Whether the registry accepts <paramref name="name"/>.</summary>
    public static bool IsValid(string name) => Pattern().IsMatch(name);

    // \z, not $: $ also matches before a final newline, and "credit\n" would name a second folder.
    [GeneratedRegex(@"^[a-z0-9][a-z0-9._-]{0,99}\z")]
    private static partial Regex Pattern();
}
