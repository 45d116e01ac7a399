namespace CiCd.Serving.Model;

/// <summary>Which model answered: name and version (registry version, or the training run id).</summary>
public sealed record ModelIdentity(string Name, string Version);
