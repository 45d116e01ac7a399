namespace CiCd.Image.ImageBuild;

/// <summary>Where an image's code came from: repository URL, full commit and branch.</summary>
public sealed record SourceInfo(string Url, string Revision, string Branch)
{
    /// <summary>The first 7 characters of the commit, as tags carry it.</summary>
    public string ShortRevision => Revision.Length > 7 ? Revision[..7] : Revision;
}
