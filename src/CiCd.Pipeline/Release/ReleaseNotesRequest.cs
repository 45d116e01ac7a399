namespace CiCd.Pipeline.Release;

/// <summary>What the release notes are written from, and where to.</summary>
/// <param name="Card">The released model's card (JSON), used unless <paramref name="Registered"/> is given.</param>
/// <param name="Registered">A registry version or alias (e.g. certification) whose card to take instead.</param>
/// <param name="GateReport">The gate report that certified it; null takes <see cref="ReleaseStage.DefaultGateReport"/> when it exists.</param>
/// <param name="Version">The version; null numbers it as <see cref="ReleaseStage.Plan"/> does.</param>
/// <param name="Image">The image reference, pinned by digest.</param>
/// <param name="Commit">The released commit; null takes GITHUB_SHA, else HEAD.</param>
/// <param name="Output">Where to write the notes (Markdown).</param>
public sealed record ReleaseNotesRequest(string Card, string? Registered, string? GateReport, string? Version, string? Image, string? Commit, string Output);
