namespace CiCd.Tracking.Runs;

/// <summary>Where a run is in its life; stored as lowercase text.</summary>
public enum RunStatus
{
    /// <summary>Started and not finished (or its process died before finishing).</summary>
    Running,

    /// <summary>Finished and produced its outputs.</summary>
    Finished,

    /// <summary>Stopped by an error; the run keeps the error message.</summary>
    Failed,
}
