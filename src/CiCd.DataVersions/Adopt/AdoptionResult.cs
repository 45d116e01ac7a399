namespace CiCd.DataVersions.Adopt;

/// <summary>How a snapshot became the training data, and the files that changed (absolute paths, for the commit).</summary>
/// <param name="Mode"><see cref="Pushed"/> or <see cref="Committed"/>.</param>
/// <param name="Remote">The data remote pushed to (null when committed).</param>
/// <param name="Digest">The pushed version's manifest digest, now <c>dataset.version</c> (null when committed).</param>
/// <param name="Changed">The files that changed, absolute.</param>
public sealed record AdoptionResult(string Mode, string? Remote, string? Digest, IReadOnlyList<string> Changed)
{
    /// <summary>The snapshot went to the data remote; the config names it.</summary>
    public const string Pushed = "pushed";

    /// <summary>The snapshot replaced the data file, to be committed.</summary>
    public const string Committed = "committed";
}
