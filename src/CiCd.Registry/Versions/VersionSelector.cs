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
        var number = text.StartsWith('v') ? text[1..] : text;
        if (int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return model.Find(version)
                ?? throw new InputException(file, null, null, $"model '{model.Model}' has no version {version} (versions: {Known(model)})");
        }
        var alias = ModelAliases.Require(text);
        return model.AtAlias(alias)
            ?? throw new InputException(file, null, null, $"model '{model.Model}': alias '{alias}' is not set");
    }

    private static string Known(RegisteredModel model) =>
        model.Versions.Count == 0 ? "none" : string.Join(", ", model.Versions.Select(v => v.Version));
}
