using CiCd.Registry.Aliases;

namespace CiCd.Image.Build;

/// <summary>Which stage (the registry's alias names) a branch builds, following the promotion flow of shared/DESIGN.md.</summary>
public static class ReleaseStage
{
    /// <summary>certification → certification, master/main → production, developer and any other branch → development.</summary>
    public static string ForBranch(string branch) => branch switch
    {
        "certification" => ModelAliases.Certification,
        "master" or "main" => ModelAliases.Production,
        _ => ModelAliases.Development,
    };
}
