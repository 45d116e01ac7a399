using System.Globalization;
using CiCd.Errors;
using CiCd.Registry.Aliases;

namespace CiCd.Registry.Versions;

/// <summary>Finds a version by number (<c>3</c> or <c>v3</c>) or by alias (<c>production</c>).</summary>
internal static class VersionSelector
{
    public static ModelVersion Select(RegisteredModel model, string selector, string file)
    {
        var text = selector.Trim();
        if (Number(text) is { } version)
        {
            return model.Find(version)
                ?? throw new InputException(file, null, null, $"model '{model.Model}' has no version {version} (versions: {Known(model)})");
        }
        var alias = ModelAliases.Require(text);
        return model.AtAlias(alias)
            ?? throw new InputException(file, null, null, $"model '{model.Model}': alias '{alias}' is not set{Hint(model, alias)}");
    }

    /// <summary>The version number <paramref name="selector"/> names (<c>3</c> or <c>v3</c>), or null when it is not a number.</summary>
    public static int? Number(string selector)
    {
        var text = selector.Trim();
        var digits = text.StartsWith('v') ? text[1..] : text;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
    }

    // `mlops model register` sets no alias unless asked, so a newcomer's first `mlops serve --model production` lands
    // here: say which version to point the alias at, with the command that does it.
    private static string Hint(RegisteredModel model, string alias) =>
        model.Versions.Count == 0
            ? " (no version is registered: `mlops model register` first)"
            : $" (versions: {Known(model)}): point it at one with `mlops model promote {model.Versions.Max(v => v.Version)} --alias {alias}`";

    private static string Known(RegisteredModel model) =>
        model.Versions.Count == 0 ? "none" : string.Join(", ", model.Versions.Select(v => v.Version));
}
