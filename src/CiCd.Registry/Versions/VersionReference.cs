using CiCd.Errors;
using CiCd.Registry.Aliases;

namespace CiCd.Registry.Versions;

/// <summary>
/// A registered model written <c>name@selector</c>: <c>credit@production</c> follows an alias as it moves,
/// <c>credit@3</c> pins a version that never moves.
/// </summary>
/// <param name="Model">The model name.</param>
/// <param name="Selector">An alias, or a version number (<c>3</c> or <c>v3</c>).</param>
public sealed record VersionReference(string Model, string Selector)
{
    /// <summary>The version number when the selector pins one; null when it names an alias.</summary>
    public int? PinnedVersion => VersionSelector.Number(Selector);

    /// <summary>The alias followed, or null for a pinned version.</summary>
    public string? Alias => PinnedVersion is null ? Selector : null;

    /// <summary>Parses <c>name@alias</c> or <c>name@version</c>; the name and alias must be well formed.</summary>
    public static VersionReference Parse(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == text.Length - 1)
        {
            throw new InputException($"'{text}' is not a registered model: expected <name>@<alias or version>, such as credit@production or credit@3");
        }
        return Of(text[..at], text[(at + 1)..]);
    }

    /// <summary>The reference to <paramref name="selector"/> of <paramref name="model"/>, checked for form (not for existence).</summary>
    public static VersionReference Of(string model, string selector)
    {
        var reference = new VersionReference(ModelName.Require(model), selector.Trim());
        if (reference.Alias is { } alias)
        {
            ModelAliases.Require(alias);
        }
        return reference;
    }

    /// <summary>Whether <paramref name="text"/> is a bare alias or version number (no model name).</summary>
    public static bool IsSelector(string text) => ModelAliases.All.Contains(text) || VersionSelector.Number(text) is not null;

    /// <inheritdoc />
    public override string ToString() => $"{Model}@{Selector}";
}
