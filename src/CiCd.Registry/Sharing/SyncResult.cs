namespace CiCd.Registry.Sharing;

/// <summary>The outcome of a pull or push of the shared registry branch.</summary>
/// <param name="Branch">The branch holding the registry.</param>
/// <param name="Commit">The branch's commit after the operation; null when the branch does not exist yet.</param>
/// <param name="Changed">Pull: files were written; push: a new commit was pushed.</param>
public sealed record SyncResult(string Branch, string? Commit, bool Changed);
