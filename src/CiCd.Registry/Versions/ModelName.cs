using System.Text.RegularExpressions;
using CiCd.Errors;

namespace CiCd.Registry.Versions;

/// <summary>Model names become folder names, so they are kept to a portable alphabet.</summary>
internal static partial class ModelName
{
    public static string Require(string name) =>
        Pattern().IsMatch(name)
            ? name
            : throw new InputException($"model name '{name}' must be 1–100 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit");

    // \z, not $: $ also matches before a final newline, and "credit\n" would name a second folder.
    [GeneratedRegex(@"^[a-z0-9][a-z0-9._-]{0,99}\z")]
    private static partial Regex Pattern();
}
