using CiCd.Tracking.Runs;

namespace CiCd.Tracking.Recording;

/// <summary>What a training run produced (all optional for a failed run).</summary>
public sealed record RunOutputs
{
    /// <summary>Training parameters.</summary>
    public IReadOnlyDictionary<string, string> Params { get; init; } = new Dictionary<string, string>();

    /// <summary>Summary metrics (no step) and per-fold values (with the fold as step).</summary>
    public IReadOnlyList<Metric> Metrics { get; init; } = [];

    /// <summary>Tags such as the candidate name or the trigger.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    /// <summary>Files to keep, by logical path (for example <c>model.zip</c>, <c>model-card.json</c>) to file on disk.</summary>
    public IReadOnlyDictionary<string, string> Files { get; init; } = new Dictionary<string, string>();
}
