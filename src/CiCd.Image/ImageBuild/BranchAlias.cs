using CiCd.Registry.Aliases;

namespace CiCd.Image.ImageBuild;

/// <summary>
/// The registry alias a branch's image is built for, which is also its stage tag (<c>--stage</c>), following the
/// promotion flow of shared/DESIGN.md. Named for the alias, not "stage": a stage is a step of the pipeline (<c>CiCd.Pipeline</c>).
/// </summary>
public static class BranchAlias
{
    /// <summary>certification → certification, master/main → production, developer and any other branch → development.</summary>
    public static string Of(string branch) => branch switch
    {
        "certification" => ModelAliases.Certification,
        "master" or "main" => ModelAliases.Production,
        _ => ModelAliases.Development,
    };
}
