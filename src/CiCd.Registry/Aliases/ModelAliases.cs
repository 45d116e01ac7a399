using CiCd.Errors;

namespace CiCd.Registry.Aliases;

/// <summary>The aliases a version can hold, one per promotion branch.</summary>
public static class ModelAliases
{
    /// <summary>Models trained on the developer branch.</summary>
    public const string Development = "development";

    /// <summary>Models being certified as release candidates.</summary>
    public const string Certification = "certification";

    /// <summary>The model in production: the champion the gate compares against.</summary>
    public const string Production = "production";

    /// <summary>Every alias, in promotion order.</summary>
    public static IReadOnlyList<string> All { get; } = [Development, Certification, Production];

    /// <summary>Returns the alias, or fails naming the ones that exist.</summary>
    public static string Require(string alias) =>
        All.Contains(alias)
            ? alias
            : throw new InputException($"unknown alias '{alias}': use one of {string.Join(", ", All)}");
}
