using CiCd.Gate;
using CiCd.Train;

namespace CiCd.Release.Notes;

/// <summary>Everything the release notes are written from.</summary>
/// <param name="Version">The version being released.</param>
/// <param name="Card">The released model's card.</param>
/// <param name="Gate">The gate verdict that certified it, when available.</param>
/// <param name="Commit">The released commit.</param>
/// <param name="Image">The image reference, ideally pinned by digest.</param>
/// <param name="Previous">The previous release's tag, when there is one.</param>
public sealed record ReleaseNotesInput(string Version, ModelCard Card, GateReport? Gate, string? Commit, string? Image, string? Previous);
