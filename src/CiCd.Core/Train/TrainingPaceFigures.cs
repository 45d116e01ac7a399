namespace CiCd.Train;

/// <summary>The pace after a unit: units done, rows trained per second (null before any time passed), estimated time left.</summary>
public sealed record TrainingPaceFigures(int Done, double? RowsPerSecond, TimeSpan? Remaining)
{
    /// <summary>The running unit furthest past its trainer's estimate, or null when none is past it.</summary>
    public OverdueUnit? Overdue { get; init; }
}
