using CiCd.Configuration;
using CiCd.Release.Versioning;

namespace CiCd.Cli.Commands.Release;

/// <summary>Plans the version of the checked-out commit (GITHUB_SHA on a runner, else HEAD) from the config and the tags.</summary>
internal static class ReleaseVersionPlanner
{
    public static VersionPlan Plan(string configPath, string? commit)
    {
        var pipeline = ConfigLoader.Load(configPath);
        var tags = new GitTags(Path.GetDirectoryName(pipeline.SourceFile)!);
        tags.RequireFullHistory();
        var target = commit ?? (Environment.GetEnvironmentVariable("GITHUB_SHA") is { Length: > 0 } sha ? sha : tags.Head());
        return NextVersion.Plan(pipeline.Release.VersionPrefix, tags.All(), tags.At(target), target);
    }
}
