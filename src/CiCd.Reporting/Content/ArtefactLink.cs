namespace CiCd.Reporting.Content;

/// <summary>A file the report links to: what it is, its link (relative to the report or under a base URL) and whether it exists.</summary>
public sealed record ArtefactLink(string Name, string Href, bool Exists);
