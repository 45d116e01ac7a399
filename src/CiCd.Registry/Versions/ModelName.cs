using CiCd.Configuration;
using CiCd.Errors;

namespace CiCd.Registry.Versions;

/// <summary>Model names become folder names, so they are kept to a portable alphabet (<see cref="ModelNames"/>).</summary>
internal static class ModelName
{
    public static string Require(string name) =>
        ModelNames.IsValid(name)
            ? name
            : throw new InputException($"model name '{name}' must be {ModelNames.Rule}");
}
