using CiCd.Errors;
using CiCd.Registry.Aliases;

namespace CiCd.Registry.Documents;

/// <summary>What JSON alone cannot say about a registry file: format, unique versions, aliases that point somewhere.</summary>
internal static class RegistryFileCheck
{
    public static void Check(string path, RegisteredModel model)
    {
        if (model.Format != RegisteredModel.CurrentFormat)
        {
            Fail(path, $"format {model.Format} is not the format {RegisteredModel.CurrentFormat} this mlops reads");
        }
        var duplicate = model.Versions.GroupBy(v => v.Version).FirstOrDefault(g => g.Count() > 1 || g.Key < 1);
        if (duplicate is not null)
        {
            Fail(path, $"version {duplicate.Key} is listed more than once or is not positive");
        }
        foreach (var (alias, version) in model.Aliases)
        {
            if (!ModelAliases.All.Contains(alias))
            {
                Fail(path, $"alias '{alias}' is not one of {string.Join(", ", ModelAliases.All)}");
            }
            if (model.Find(version) is null)
            {
                Fail(path, $"alias '{alias}' points at version {version}, which is not registered");
            }
        }
    }

    private static void Fail(string path, string problem) => throw new InputException(path, null, null, problem);
}
