namespace CiCd.Tracking.Runs;

/// <summary>Where a run came from: code, person, tool, data and configuration.</summary>
public sealed record RunProvenance
{
    /// <summary>The git commit the code was at, when known.</summary>
    public string? GitCommit { get; init; }

    /// <summary>The git branch, when known.</summary>
    public string? GitBranch { get; init; }

    /// <summary>True when the work tree had uncommitted changes.</summary>
    public bool GitDirty { get; init; }

    /// <summary>Who started the run.</summary>
    public string? User { get; init; }

    /// <summary>The version of the mlops tool that ran it.</summary>
    public string? ToolVersion { get; init; }

    /// <summary>SHA-256 fingerprint of the training data.</summary>
    public string? DataFingerprint { get; init; }

    /// <summary>Hash of the training configuration.</summary>
    public string? ConfigHash { get; init; }
}
