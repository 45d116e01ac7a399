namespace CiCd.Image.ImageBuild;

/// <summary>A built image: its ID, every reference it was tagged with, its labels, and what the build cost.</summary>
public sealed record ImageBuildResult(string ImageId, IReadOnlyList<string> References, IReadOnlyDictionary<string, string> Labels,
    long ContextFiles, long ContextBytes, long ImageBytes, double Seconds);
